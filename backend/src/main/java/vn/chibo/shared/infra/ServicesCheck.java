package vn.chibo.shared.infra;

import java.sql.Connection;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Asks PostgreSQL and Redis for an answer before anything else uses them, so that a wrong
 * {@code DATABASE_URL} or a stopped Redis stops start-up at once with one line that says which service and
 * how to start it, instead of a long stack trace or a half-started node.
 */
@Component
class ServicesCheck implements InitializingBean {

    static final String START_POSTGRES = "start it with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`"
            + " (or `infra/scripts/services.sh ensure`), or point DATABASE_URL at a running server";
    static final String START_REDIS = "start it with `redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save \"\" --appendonly no`"
            + " (or `infra/scripts/services.sh ensure`), or point REDIS_URL at a running server";

    private final DataSource dataSource;
    private final DataSourceProperties dataSourceProperties;
    private final RedisConnectionFactory redis;

    ServicesCheck(DataSource dataSource, DataSourceProperties dataSourceProperties, RedisConnectionFactory redis) {
        this.dataSource = dataSource;
        this.dataSourceProperties = dataSourceProperties;
        this.redis = redis;
    }

    @Override
    public void afterPropertiesSet() {
        checkPostgres();
        checkRedis();
    }

    private void checkPostgres() {
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(2);
        }
        catch (Exception e) {
            throw new ServiceUnreachable("PostgreSQL", DatabaseUrl.redact(String.valueOf(dataSourceProperties.getUrl())),
                    START_POSTGRES, e);
        }
    }

    private void checkRedis() {
        try (var connection = redis.getConnection()) {
            connection.ping();
        }
        catch (Exception e) {
            throw new ServiceUnreachable("Redis", redisTarget(), START_REDIS, e);
        }
    }

    private String redisTarget() {
        if (redis instanceof LettuceConnectionFactory lettuce) {
            return lettuce.getHostName() + ":" + lettuce.getPort();
        }
        return "the configured REDIS_URL";
    }
}
