package io.homeward.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Homeward: shared international returns, one deployable made of verified modules. */
// shared is started with every module test: besides value types it holds the GraphQL
// runtime (scalars, limits, error masking), which modules use through the framework, not
// by injecting its beans, so Spring Modulith would not see the dependency.
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class HomewardApplication {

	public static void main(String[] args) {
		SpringApplication.run(HomewardApplication.class, args);
	}

}
