package vn.chibo.shared.web;

import java.util.Arrays;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the home page shows before anyone logs in. */
@RestController
@Tag(name = "Application")
class AppInfoController {

    record AppInfo(String name, String version, boolean demo) {
    }

    private final AppInfo info;

    AppInfoController(ObjectProvider<BuildProperties> build, Environment environment) {
        var version = build.getIfAvailable() == null ? "dev" : build.getIfAvailable().getVersion();
        var demo = Arrays.asList(environment.getActiveProfiles()).contains("demo");
        this.info = new AppInfo("Chi bộ trực tuyến", version, demo);
    }

    @GetMapping("/api/app-info")
    @Operation(summary = "Name, version and whether this instance runs with demo data")
    AppInfo appInfo() {
        return info;
    }
}
