package vn.chibo.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.chibo.shared.security.Grant;
import vn.chibo.shared.security.Role;

/** The accounts, their grants and recovery codes, in the {@code identity} schema. */
@Repository
class Accounts {

    private static final String COLUMNS = """
            id, member_id, username, display_name, unit_id, password_hash, login_enabled, must_change_password,
            failed_logins, locked_at, totp_secret, totp_enrolled_at, totp_last_step, last_login_at""";

    private static final String INSERT = """
            insert into identity.account (id, member_id, username, display_name, unit_id, login_enabled, created_at)
            values (:id, :memberId, :username, :displayName, :unitId, false, :now)
            on conflict do nothing""";

    private static final String RECORD_FAILURE = """
            update identity.account set failed_logins = failed_logins + 1 where id = :id returning failed_logins""";

    private static final String LOCK = "update identity.account set locked_at = :now where id = :id and locked_at is null";

    private static final String RECORD_SUCCESS = """
            update identity.account set failed_logins = 0, last_login_at = :now where id = :id""";

    /** A code is accepted once: only for a step later than the last one used, on whichever node asks first. */
    private static final String USE_TOTP_STEP = """
            update identity.account set totp_last_step = :step
            where id = :id and totp_secret is not null and (totp_last_step is null or totp_last_step < :step)""";

    private static final String USE_RECOVERY_CODE = """
            update identity.recovery_code set used_at = :now
            where account_id = :id and code_hash = :hash and used_at is null""";

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the account unless the member (or the username) already has one; says whether it did. */
    boolean createWithoutLogin(UUID id, UUID memberId, String username, String displayName, UUID unitId, Instant now) {
        return jdbc.sql(INSERT).param("id", id).param("memberId", memberId).param("username", username)
                .param("displayName", displayName).param("unitId", unitId).param("now", timestamp(now)).update() == 1;
    }

    Optional<Account> byId(UUID id) {
        return one("select " + COLUMNS + " from identity.account where id = :v", id);
    }

    Optional<Account> byUsername(String username) {
        return one("select " + COLUMNS + " from identity.account where username = :v", username);
    }

    Optional<Account> byMember(UUID memberId) {
        return one("select " + COLUMNS + " from identity.account where member_id = :v", memberId);
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from identity.account where username = :u").param("u", username)
                .query(Long.class).single() > 0;
    }

    List<Account> all() {
        var rows = jdbc.sql("select " + COLUMNS + " from identity.account order by username").query(this::row).list();
        var grants = grantsOf(rows.stream().map(Row::id).toList());
        return rows.stream().map(r -> r.account(grants.getOrDefault(r.id(), List.of()))).toList();
    }

    int recordFailure(UUID id) {
        return jdbc.sql(RECORD_FAILURE).param("id", id).query(Integer.class).single();
    }

    boolean lock(UUID id, Instant now) {
        return jdbc.sql(LOCK).param("id", id).param("now", timestamp(now)).update() == 1;
    }

    void unlock(UUID id) {
        jdbc.sql("update identity.account set locked_at = null, failed_logins = 0 where id = :id").param("id", id).update();
    }

    void recordSuccess(UUID id, Instant now) {
        jdbc.sql(RECORD_SUCCESS).param("id", id).param("now", timestamp(now)).update();
    }

    void resetFailures(UUID id) {
        jdbc.sql("update identity.account set failed_logins = 0 where id = :id").param("id", id).update();
    }

    void setPassword(UUID id, String hash, boolean mustChange) {
        jdbc.sql("update identity.account set password_hash = :hash, must_change_password = :must where id = :id")
                .param("id", id).param("hash", hash).param("must", mustChange).update();
    }

    void setLoginEnabled(UUID id, boolean enabled) {
        jdbc.sql("update identity.account set login_enabled = :e where id = :id").param("id", id).param("e", enabled)
                .update();
    }

    void setUsernameAndName(UUID id, String username, String displayName, UUID unitId) {
        jdbc.sql("update identity.account set username = :u, display_name = :n, unit_id = :unit where id = :id")
                .param("id", id).param("u", username).param("n", displayName).param("unit", unitId).update();
    }

    void setUnit(UUID id, UUID unitId) {
        jdbc.sql("update identity.account set unit_id = :unit where id = :id and unit_id is distinct from :unit")
                .param("id", id).param("unit", unitId).update();
    }

    void enrolSecondFactor(UUID id, String encryptedSecret, long usedStep, List<String> recoveryCodeHashes, Instant now) {
        jdbc.sql("""
                update identity.account set totp_secret = :secret, totp_enrolled_at = :now, totp_last_step = :step
                where id = :id""").param("id", id).param("secret", encryptedSecret).param("now", timestamp(now))
                .param("step", usedStep).update();
        jdbc.sql("delete from identity.recovery_code where account_id = :id").param("id", id).update();
        for (var hash : recoveryCodeHashes) {
            jdbc.sql("insert into identity.recovery_code (account_id, code_hash) values (:id, :hash)").param("id", id)
                    .param("hash", hash).update();
        }
    }

    void resetSecondFactor(UUID id) {
        jdbc.sql("""
                update identity.account set totp_secret = null, totp_enrolled_at = null, totp_last_step = null
                where id = :id""").param("id", id).update();
        jdbc.sql("delete from identity.recovery_code where account_id = :id").param("id", id).update();
    }

    boolean useTotpStep(UUID id, long step) {
        return jdbc.sql(USE_TOTP_STEP).param("id", id).param("step", step).update() == 1;
    }

    boolean useRecoveryCode(UUID id, String hash, Instant now) {
        return jdbc.sql(USE_RECOVERY_CODE).param("id", id).param("hash", hash).param("now", timestamp(now)).update() == 1;
    }

    int unusedRecoveryCodes(UUID id) {
        return jdbc.sql("select count(*) from identity.recovery_code where account_id = :id and used_at is null")
                .param("id", id).query(Integer.class).single();
    }

    /** Says whether the grant is new. */
    boolean grant(UUID id, Grant grant, Instant now) {
        return jdbc.sql("""
                insert into identity.account_grant (account_id, role, unit_id, granted_at) values (:id, :role, :unit, :now)
                on conflict do nothing""").param("id", id).param("role", grant.role().name())
                .param("unit", grant.unitId()).param("now", timestamp(now)).update() == 1;
    }

    boolean revoke(UUID id, Grant grant) {
        return jdbc.sql("delete from identity.account_grant where account_id = :id and role = :role and unit_id = :unit")
                .param("id", id).param("role", grant.role().name()).param("unit", grant.unitId()).update() == 1;
    }

    private Optional<Account> one(String sql, Object value) {
        return jdbc.sql(sql).param("v", value).query(this::row).optional()
                .map(r -> r.account(grantsOf(List.of(r.id())).getOrDefault(r.id(), List.of())));
    }

    private Map<UUID, List<Grant>> grantsOf(Collection<UUID> ids) {
        var grants = new HashMap<UUID, List<Grant>>();
        if (ids.isEmpty()) {
            return grants;
        }
        jdbc.sql("select account_id, role, unit_id from identity.account_grant where account_id in (:ids) order by granted_at, role")
                .param("ids", ids)
                .query((rs, n) -> {
                    grants.computeIfAbsent(rs.getObject("account_id", UUID.class), k -> new ArrayList<>())
                            .add(new Grant(Role.valueOf(rs.getString("role")), rs.getObject("unit_id", UUID.class)));
                    return null;
                }).list();
        return grants;
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class), rs.getString("username"),
                rs.getString("display_name"), rs.getObject("unit_id", UUID.class), rs.getString("password_hash"),
                rs.getBoolean("login_enabled"), rs.getBoolean("must_change_password"), rs.getInt("failed_logins"),
                instant(rs, "locked_at"), rs.getString("totp_secret"), instant(rs, "totp_enrolled_at"),
                (Long) rs.getObject("totp_last_step"), instant(rs, "last_login_at"));
    }

    private record Row(UUID id, UUID memberId, String username, String displayName, UUID unitId, String passwordHash,
            boolean loginEnabled, boolean mustChangePassword, int failedLogins, Instant lockedAt, String totpSecret,
            Instant totpEnrolledAt, Long totpLastStep, Instant lastLoginAt) {

        Account account(List<Grant> grants) {
            return new Account(id, memberId, username, displayName, unitId, passwordHash, loginEnabled,
                    mustChangePassword, failedLogins, lockedAt, totpSecret, totpEnrolledAt, totpLastStep, lastLoginAt,
                    grants);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static java.time.OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }
}
