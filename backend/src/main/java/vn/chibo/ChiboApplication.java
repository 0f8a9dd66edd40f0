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

    public static void main(String[] args) {
        SpringApplication.run(ChiboApplication.class, args);
    }
}
