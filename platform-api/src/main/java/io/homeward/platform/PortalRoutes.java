package io.homeward.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The portal's own routes (tenant-portal, ADR 0012) answer with its page, whose scripts
 * then show the route: a tracking link printed on a label or shared in a message opens on
 * that return, not on a 404. Only the routes the portal has are listed, so a mistyped
 * address is still a 404.
 */
@Configuration(proxyBeanMethods = false)
class PortalRoutes implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/track").setViewName("forward:/index.html");
		registry.addViewController("/track/{code}").setViewName("forward:/index.html");
		registry.addViewController("/return/{shipper}").setViewName("forward:/index.html");
	}

}
