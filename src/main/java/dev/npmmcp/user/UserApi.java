package dev.npmmcp.user;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.NpmOperation;
import dev.npmmcp.npm.NpmRequest;
import dev.npmmcp.npm.NpmServerException;
import dev.npmmcp.npm.NpmValidationException;
import dev.npmmcp.npm.PartialUpdate;
import dev.npmmcp.npm.TokenApi;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** NPM's user operations: users, passwords, permissions, 2FA and "login as". Admin only, except one's own. */
public final class UserApi {

    private static final Logger LOG = LoggerFactory.getLogger(UserApi.class);
    private static final String PATH = "/users";
    private static final TypeReference<List<User>> LIST = new TypeReference<>() {};

    private final NpmClient client;

    public UserApi(NpmClient client) {
        this.client = client;
    }

    @NpmOperation("getUsers")
    public List<User> list(Optional<String> query, Set<UserExpand> expand) {
        return client.send(NpmRequest.get("getUsers", PATH).withQuery("query", query).withExpand(expand), LIST);
    }

    @NpmOperation("getUser")
    public User get(int id, Set<UserExpand> expand) {
        return client.send(NpmRequest.get("getUser", PATH + "/" + NpmRequest.id(id)).withExpand(expand), User.class);
    }

    /** The user the client is logged in as. */
    @NpmOperation("getUser")
    public User getMe(Set<UserExpand> expand) {
        return client.send(NpmRequest.get("getUser", PATH + "/me").withExpand(expand), User.class);
    }

    /**
     * Creates a user. NPM 2.15 can answer 500 to a create with a password and still create the user: then the user
     * is looked up by email and returned.
     */
    @NpmOperation("createUser")
    public User create(UserCreate user) {
        try {
            return client.send(NpmRequest.post("createUser", PATH, user), User.class);
        } catch (NpmServerException e) {
            Optional<User> created = user.auth().isPresent() ? findNewestByEmail(user.email()) : Optional.empty();
            if (created.isEmpty()) {
                throw e;
            }
            LOG.debug("NPM instance '{}' answered {} to createUser but created user {}", client.instanceName(),
                    e.status(), created.get().id());
            return created.get();
        }
    }

    private Optional<User> findNewestByEmail(String email) {
        return list(Optional.of(email), Set.of()).stream()
                .filter(u -> u.email().equalsIgnoreCase(email))
                .max(Comparator.comparingInt(User::id));
    }

    /**
     * Creates the first administrator of a new NPM (2.13+, {@code setup: false}): the one unauthenticated
     * {@code POST /users} NPM allows.
     */
    @NpmOperation("createUser")
    public User createInitialAdmin(UserCreate admin) {
        if (admin.auth().isEmpty()) {
            throw new NpmValidationException(client.instanceName(), "createUser", 0,
                    "the first administrator needs a password", "Give the administrator a password.");
        }
        return client.send(NpmRequest.post("createUser", PATH, admin).unauthenticated(), User.class);
    }

    @NpmOperation("updateUser")
    public User update(int id, UserUpdate update) {
        PartialUpdate.requireChanges(client, "updateUser", update);
        return client.send(NpmRequest.put("updateUser", PATH + "/" + NpmRequest.id(id), update), User.class);
    }

    /** NPM refuses (403) to delete the account making the request. */
    @NpmOperation("deleteUser")
    public void delete(int id) {
        client.send(NpmRequest.delete("deleteUser", PATH + "/" + NpmRequest.id(id)));
    }

    /** Sets a user's password (8 to 64 characters). */
    @NpmOperation("updateUserAuth")
    public void changePassword(int id, PasswordChange change) {
        client.send(NpmRequest.put("updateUserAuth", PATH + "/" + NpmRequest.id(id) + "/auth", change));
    }

    @NpmOperation("updateUserPermissions")
    public void setPermissions(int id, UserPermissionSet permissions) {
        PartialUpdate.requireChanges(client, "updateUserPermissions", permissions);
        client.send(NpmRequest.put("updateUserPermissions", PATH + "/" + NpmRequest.id(id) + "/permissions",
                permissions));
    }

    /** 2FA routes exist from NPM 2.13.6; older versions answer 404 (an {@code NpmUnsupportedException}). */
    @NpmOperation("getUser2faStatus")
    public TwoFactorStatus twoFactorStatus(int id) {
        return client.send(NpmRequest.get("getUser2faStatus", twoFactorPath(id)), TwoFactorStatus.class);
    }

    /** Starts a 2FA setup: the secret to put into an authenticator, confirmed with {@link #enableTwoFactor}. */
    @NpmOperation("setupUser2fa")
    public TwoFactorSetup startTwoFactorSetup(int id) {
        return client.send(NpmRequest.post("setupUser2fa", twoFactorPath(id)), TwoFactorSetup.class);
    }

    @NpmOperation("enableUser2fa")
    public BackupCodes enableTwoFactor(int id, String code) {
        return client.send(NpmRequest.post("enableUser2fa", twoFactorPath(id) + "/enable", Map.of("code", code)),
                BackupCodes.class);
    }

    @NpmOperation("disableUser2fa")
    public void disableTwoFactor(int id, String code) {
        client.send(new NpmRequest("disableUser2fa", NpmRequest.Method.DELETE, twoFactorPath(id), Map.of(),
                        Optional.empty(), true)
                .withQuery("code", code));
    }

    @NpmOperation("regenUser2faCodes")
    public BackupCodes regenerateBackupCodes(int id, String code) {
        return client.send(
                NpmRequest.post("regenUser2faCodes", twoFactorPath(id) + "/backup-codes", Map.of("code", code)),
                BackupCodes.class);
    }

    /** A token to act as another user (admin only). */
    @NpmOperation("loginAsUser")
    public Impersonation loginAs(int id) {
        NpmRequest request = NpmRequest.post("loginAsUser", PATH + "/" + NpmRequest.id(id) + "/login");
        JsonNode answer = client.send(request);
        User user = client.convert(request, answer.path("user"), new TypeReference<User>() {});
        return new Impersonation(TokenApi.tokenOf(client, request, answer), user);
    }

    private static String twoFactorPath(int id) {
        return PATH + "/" + NpmRequest.id(id) + "/2fa";
    }
}
