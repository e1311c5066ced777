/**
 * Rate limits shared by every instance of the platform: token buckets kept in Redis by
 * Bucket4j, so a client limited on one instance is limited on all.
 */
@NullMarked
package io.homeward.platform.shared.ratelimit;

import org.jspecify.annotations.NullMarked;
