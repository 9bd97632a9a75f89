package dev.npmmcp.npm;

/** A PUT body of which only the fields set are sent. */
public interface PartialUpdate {

    /** True when nothing is set. */
    boolean isEmpty();

    /**
     * Refuses an update with nothing set before it is sent, as NPM would refuse it (with a less helpful error), else
     * does nothing.
     */
    static void requireChanges(NpmClient client, String operationId, PartialUpdate update) {
        if (update.isEmpty()) {
            throw new NpmValidationException(client.instanceName(), operationId, 0,
                    "nothing to update: no field is set", "Set at least one field to change.");
        }
    }
}
