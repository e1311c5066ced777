/** The Homeward platform service. Each direct subpackage is an application module. */
@NullMarked
package io.homeward.platform;

import org.jspecify.annotations.NullMarked;
