package vn.chibo.shared.infra;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DatabaseUrlTest {

    @Test
    void aJdbcUrlIsTakenAsItIs() {
        var url = DatabaseUrl.parse("jdbc:postgresql://db:5432/chibo");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/chibo");
        assertThat(url.username()).isNull();
    }

    @Test
    void aPlatformUrlIsSplitIntoJdbcUrlUserAndPassword() {
        var url = DatabaseUrl.parse("postgres://chi%40bo:s3cr%3At@db.internal:6543/chibo?sslmode=require");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/chibo?sslmode=require");
        assertThat(url.username()).isEqualTo("chi@bo");
        assertThat(url.password()).isEqualTo("s3cr:t");
    }

    @Test
    void theDefaultPortIsPostgresPort() {
        assertThat(DatabaseUrl.parse("postgresql://db/chibo").jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/chibo");
    }

    @Test
    void anotherSchemeIsRefusedWithoutPrintingThePassword() {
        assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse("mysql://root:hunter2@db/chibo"))
                .withMessageContaining("DATABASE_URL")
                .withMessageNotContaining("hunter2");
    }

    @Test
    void redactionHidesPasswords() {
        assertThat(DatabaseUrl.redact("postgres://u:pw@h/db")).isEqualTo("postgres://u:***@h/db");
        assertThat(DatabaseUrl.redact("jdbc:postgresql://h/db?user=u&password=pw")).isEqualTo("jdbc:postgresql://h/db?user=u&password=***");
    }
}
