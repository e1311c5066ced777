package io.homeward.platform;

import org.springframework.beans.factory.annotation.Value;
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

	private final boolean graphiql;

	/**
	 * GraphiQL is a route of the portal in development only, where introspection is on
	 * too (application-dev.yml).
	 */
	PortalRoutes(@Value("${homeward.portal.graphiql:false}") boolean graphiql) {
		this.graphiql = graphiql;
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/track").setViewName("forward:/index.html");
		registry.addViewController("/track/{code}").setViewName("forward:/index.html");
		// Where Keycloak sends the browser back to after signing in.
		registry.addViewController("/signin").setViewName("forward:/index.html");
		for (String signedIn : new String[] { "/carrier", "/shipper", "/operator" }) {
			registry.addViewController(signedIn).setViewName("forward:/index.html");
			registry.addViewController(signedIn + "/**").setViewName("forward:/index.html");
		}
		if (this.graphiql) {
			registry.addViewController("/graphiql").setViewName("forward:/index.html");
		}
		registry.addViewController("/return/{shipper}").setViewName("forward:/index.html");
	}

}
