package vn.chibo.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the built React application from {@code classpath:/static}. Paths the client-side router owns
 * (no file extension, outside the API) get {@code index.html}; hashed assets are cached for a year, the
 * page itself never.
 */
@Configuration(proxyBeanMethods = false)
class SinglePageApplicationConfiguration implements WebMvcConfigurer {

    static final List<String> SERVER_PREFIXES = List.of("api/", "actuator/", "v3/", "swagger-ui", "ws", "events/");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable());
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new ClientRouteResolver());
    }

    static boolean isClientRoute(String path) {
        if (SERVER_PREFIXES.stream().anyMatch(path::startsWith)) {
            return false;
        }
        var lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return !lastSegment.contains(".");
    }

    private static final class ClientRouteResolver extends PathResourceResolver {
        @Override
        protected Resource getResource(String resourcePath, Resource location) throws IOException {
            var requested = location.createRelative(resourcePath);
            if (requested.exists() && requested.isReadable()) {
                return requested;
            }
            if (!isClientRoute(resourcePath)) {
                return null;
            }
            var page = location.createRelative("index.html");
            return page.exists() ? page : null;
        }
    }
}
