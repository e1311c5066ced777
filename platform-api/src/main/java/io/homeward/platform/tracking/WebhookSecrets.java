package io.homeward.platform.tracking;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The endpoints' signing secrets. A secret is 32 random bytes (SecureRandom), shown once
 * as {@code whsec_} + base64url. The platform signs with the secret itself, so it cannot
 * keep only a hash: it keeps it encrypted (AES-256-GCM, a fresh 96-bit nonce per secret,
 * the endpoint's id as associated data so a ciphertext copied onto another endpoint's row
 * does not decrypt). A dump of the database alone does not reveal them.
 */
@Component
class WebhookSecrets {

	private static final String PREFIX = "whsec_";

	private static final int NONCE_BYTES = 12;

	private final SecureRandom random = new SecureRandom();

	private final SecretKeySpec key;

	WebhookSecrets(WebhookSettings settings) {
		if (settings.encryptionKey() == null || settings.encryptionKey().isBlank()) {
			throw new IllegalStateException(
					"homeward.webhooks.encryption-key is not set: the base64 of 32 random bytes, kept secret");
		}
		byte[] raw = Base64.getDecoder().decode(settings.encryptionKey());
		if (raw.length != 32) {
			throw new IllegalStateException("homeward.webhooks.encryption-key must be 32 bytes, base64");
		}
		this.key = new SecretKeySpec(raw, "AES");
	}

	String generate() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	byte[] encrypt(UUID endpointId, String secret) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(endpointId.toString().getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt a webhook secret", ex);
		}
	}

	String decrypt(UUID endpointId, byte[] stored) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 0, NONCE_BYTES));
			cipher.updateAAD(endpointId.toString().getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not decrypt a webhook secret", ex);
		}
	}

}
