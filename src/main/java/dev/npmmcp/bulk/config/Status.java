package dev.npmmcp.bulk.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where one object of a bulk operation stands. */
public enum Status {
    /** Dry run: would be done. */
    @JsonProperty("planned")
    PLANNED,
    @JsonProperty("done")
    DONE,
    /** Already as wanted; nothing was sent. */
    @JsonProperty("unchanged")
    UNCHANGED,
    /** Left out on purpose (see reason), e.g. a custom certificate in a renewal. */
    @JsonProperty("skipped")
    SKIPPED,
    /** Something on the target is in the way (e.g. another host holds one of the domains). */
    @JsonProperty("conflict")
    CONFLICT,
    /** A reference or input is missing (e.g. the certificate is not on the target, a password is needed). */
    @JsonProperty("unresolved")
    UNRESOLVED,
    /** NPM refused or failed; see error. */
    @JsonProperty("failed")
    FAILED,
    /** Not tried: an earlier item failed and continue_on_error is false. */
    @JsonProperty("not_attempted")
    NOT_ATTEMPTED
}
