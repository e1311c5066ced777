package io.homeward.platform.tenancy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.homeward.infra.local.KeycloakEndpoint;
import io.homeward.infra.local.LocalServices;
import io.homeward.platform.Api;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.KeycloakAdmin;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.representations.idm.KeysMetadataRepresentation.KeyMetadataRepresentation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tokens that must not get in, signed with a key the realm really publishes (one of the
 * test's, added to Keycloak as an RSA key provider of low priority, so Keycloak keeps
 * signing with its own): expired, not yet valid, without the API's audience, of another
 * issuer, and HS256 tokens whose secret is a published public key (algorithm confusion).
 * Then the realm's signing key rotated while requests run, and invented key ids, which
 * must not each cost a fetch of the realm's keys ({@link TokenKeys}). The QUALITY cases 1
 * to 4 and 6.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TokenFaultsIntegrationTests {

	private static final String VIEWER = "{\"query\":\"{ viewer { organization { name } } }\"}";

	private static KeyPair trusted;

	private static String trustedKid;

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@BeforeAll
	static void aKeyOfTheTestsIsPublishedByTheRealm() throws Exception {
		trusted = rsa();
		trustedKid = addKeyProvider("test-trusted-" + UUID.randomUUID(), trusted, 1);
	}

	@Test
	@Order(1)
	void aTokenSignedWithAPublishedKeyGetsIn() {
		// The positive control of every case below: the same claims, well formed, get in
		// (once the platform has fetched the new key: at most once every 30 seconds).
		await("the published key accepted").atMost(Duration.ofSeconds(45))
			.pollInterval(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(post(crafted((claims) -> {
			})).status()).isEqualTo(200));
	}

	@Test
	@Order(2)
	void expiredAndNotYetValidTokensAreRefused() {
		Instant now = Instant.now();
		// Beyond the minute of clock skew allowed either way.
		assertRefused(crafted((claims) -> claims.issueTime(Date.from(now.minusSeconds(600)))
			.expirationTime(Date.from(now.minusSeconds(120)))), "expired");
		assertRefused(crafted((claims) -> claims.notBeforeTime(Date.from(now.plusSeconds(300)))), "before");
	}

	@Test
	@Order(3)
	void aTokenWithoutTheApiAudienceIsRefused() {
		assertRefused(crafted((claims) -> claims.audience((String) null)), "aud");
		assertRefused(crafted((claims) -> claims.audience(List.of("account", "another-api"))), "aud");
	}

	@Test
	@Order(4)
	void aTokenOfAnotherIssuerIsRefused() {
		KeycloakEndpoint keycloak = LocalServices.shared().keycloak();
		assertRefused(crafted((claims) -> claims.issuer(keycloak.baseUrl() + "/realms/another")), "iss");
		// A genuine token of another realm: the master realm's administrator's.
		try (Keycloak admin = KeycloakAdmin.client(keycloak)) {
			assertRefused(admin.tokenManager().getAccessTokenString(), "");
		}
	}

	@Test
	@Order(5)
	void hs256TokensKeyedWithAPublicKeyAreRefused() throws Exception {
		// The realm's own signing key, as anyone can read it from its JWK set.
		KeycloakEndpoint keycloak = LocalServices.shared().keycloak();
		JWKSet published = JWKSet.load(new java.net.URI(keycloak.jwkSetUri()).toURL());
		List<RSAKey> keys = new ArrayList<>();
		published.getKeys().forEach((key) -> {
			if (key instanceof RSAKey rsa) {
				keys.add(rsa);
			}
		});
		assertThat(keys).isNotEmpty();
		for (RSAKey key : keys) {
			byte[] asSecret = key.toRSAPublicKey().getEncoded();
			SignedJWT confused = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
					claims((claims) -> {
					}));
			confused.sign(new MACSigner(asSecret));
			assertRefused(confused.serialize(), "");
		}
	}

	/**
	 * Keycloak starts signing with a new key while requests with tokens of the old one
	 * keep coming: none of those is refused, nothing fails, and the new key's tokens get
	 * in as soon as the platform may fetch the keys again.
	 */
	@Test
	@Order(6)
	void aKeyRotationUnderLoadRefusesNoTokenOfTheOldKey() throws Exception {
		String oldToken = Api.freshToken("acme", "homeward");
		String oldKid = SignedJWT.parse(oldToken).getHeader().getKeyID();
		List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService load = Executors.newFixedThreadPool(4);
		for (int i = 0; i < 4; i++) {
			load.submit(() -> {
				while (running.get()) {
					statuses.add(Api.withToken(port, oldToken)
						.post(VIEWER, "application/json", "application/json")
						.status());
				}
			});
		}
		try {
			String newKid = addKeyProvider("test-rotated-" + UUID.randomUUID(), rsa(), 1_000);
			String newToken = Api.freshToken("acme", "homeward");
			assertThat(SignedJWT.parse(newToken).getHeader().getKeyID()).isEqualTo(newKid).isNotEqualTo(oldKid);
			await("the new key accepted").atMost(Duration.ofSeconds(45))
				.pollInterval(Duration.ofSeconds(1))
				.untilAsserted(() -> assertThat(post(newToken).status()).isEqualTo(200));
		}
		finally {
			running.set(false);
			load.shutdown();
			assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(statuses).isNotEmpty().containsOnly(200);
	}

	/**
	 * Tokens with key ids nobody published are refused without a fetch of the realm's
	 * keys each: at most one fetch per 30 seconds, however many arrive.
	 */
	@Test
	@Order(7)
	void inventedKeyIdsAreRefusedWithoutAFetchEach() throws Exception {
		double before = meters.counter("homeward.jwks.fetches").count();
		for (int i = 0; i < 50; i++) {
			KeyPair stranger = rsa();
			SignedJWT token = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("invented-" + i).type(JOSEObjectType.JWT).build(),
					claims((claims) -> {
					}));
			token.sign(new RSASSASigner(stranger.getPrivate()));
			assertRefused(token.serialize(), "");
		}
		assertThat(meters.counter("homeward.jwks.fetches").count() - before).isLessThanOrEqualTo(1);
		// Genuine tokens still get in meanwhile.
		assertThat(post(Api.token("acme")).status()).isEqualTo(200);
	}

	private Api.Result post(String token) {
		return Api.withToken(port, token).post(VIEWER, "application/json", "application/json");
	}

	private void assertRefused(String token, String described) {
		Api.Result result = post(token);
		assertThat(result.status()).as(result.body()).isEqualTo(401);
		assertThat(result.headers().firstValue("WWW-Authenticate")).hasValueSatisfying((challenge) -> {
			assertThat(challenge).contains("invalid_token");
			assertThat(challenge).contains(described);
		});
	}

	/** Acme's real claims, made anew and changed, signed with the trusted key. */
	private static String crafted(Consumer<JWTClaimsSet.Builder> change) {
		try {
			SignedJWT token = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(trustedKid).type(JOSEObjectType.JWT).build(),
					claims(change));
			token.sign(new RSASSASigner(trusted.getPrivate()));
			return token.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JWTClaimsSet claims(Consumer<JWTClaimsSet.Builder> change) {
		try {
			JWTClaimsSet real = SignedJWT.parse(Api.token("acme")).getJWTClaimsSet();
			Instant now = Instant.now();
			JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder(real).jwtID(UUID.randomUUID().toString())
				.issueTime(Date.from(now))
				.expirationTime(Date.from(now.plusSeconds(300)));
			change.accept(claims);
			return claims.build();
		}
		catch (java.text.ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyPair rsa() throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		return generator.generateKeyPair();
	}

	/**
	 * Adds an RSA key provider holding {@code key} to the realm, active, with this
	 * priority (Keycloak signs with the highest), and answers the key id it publishes.
	 */
	private static String addKeyProvider(String name, KeyPair key, int priority) {
		KeycloakEndpoint keycloak = LocalServices.shared().keycloak();
		try (Keycloak admin = KeycloakAdmin.client(keycloak)) {
			RealmResource realm = admin.realm(keycloak.realm());
			ComponentRepresentation provider = new ComponentRepresentation();
			provider.setName(name);
			provider.setProviderId("rsa");
			provider.setProviderType("org.keycloak.keys.KeyProvider");
			provider.setParentId(realm.toRepresentation().getId());
			MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
			config.putSingle("priority", Integer.toString(priority));
			config.putSingle("enabled", "true");
			config.putSingle("active", "true");
			config.putSingle("algorithm", "RS256");
			config.putSingle("privateKey", Base64.getEncoder().encodeToString(key.getPrivate().getEncoded()));
			provider.setConfig(config);
			String id;
			try (Response created = realm.components().add(provider)) {
				assertThat(created.getStatus()).as(created.readEntity(String.class)).isEqualTo(201);
				id = CreatedResponseUtil.getCreatedId(created);
			}
			return realm.keys()
				.getKeyMetadata()
				.getKeys()
				.stream()
				.filter((metadata) -> id.equals(metadata.getProviderId()))
				.map(KeyMetadataRepresentation::getKid)
				.findFirst()
				.orElseThrow();
		}
	}

}
