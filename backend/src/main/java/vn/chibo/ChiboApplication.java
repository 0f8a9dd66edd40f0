package vn.chibo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Chi bộ trực tuyến: schedules and runs the monthly meetings of party cells, online (Hướng dẫn 03-HD/TW),
 * in person or hybrid, with live attendance, votes, minutes and review by the upper committee.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChiboApplication {

    /**
     * Tomcat's WebSocket buffers per connection (frame input, output, text encoding), 8 KiB each by default: a
     * room node holds 10,000 connections, and no frame of the room's protocol needs more than 4 KiB of them
     * at once (larger messages pass in several pieces). A system property only, read once when Tomcat's
     * WebSocket classes load: {@code -Dorg.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE=...} overrides it.
     */
    static final String WEBSOCKET_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    public static void main(String[] args) {
        if (System.getProperty(WEBSOCKET_BUFFER) == null) {
            System.setProperty(WEBSOCKET_BUFFER, "4096");
        }
        SpringApplication.run(ChiboApplication.class, args);
    }
}
