package io.homeward.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Homeward: shared international returns, one deployable made of verified modules. */
@SpringBootApplication
public class HomewardApplication {

	public static void main(String[] args) {
		SpringApplication.run(HomewardApplication.class, args);
	}

}
