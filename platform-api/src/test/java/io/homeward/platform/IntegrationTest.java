package io.homeward.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.homeward.platform.onboarding.OnboardingFaults;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application on a random port against this JVM's real PostgreSQL, Redis and
 * Keycloak, with the demo data loaded. Every integration test uses this one
 * configuration, so they share one context. When a service cannot start, the context
 * fails and so do the tests: nothing is skipped.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalServicesInitializer.class)
@Import({ SqlStatements.Counting.class, OnboardingFaults.class })
public @interface IntegrationTest {

}
