/**
 * Rules kept as data: the file format of the tables each module reads its rules from,
 * every row with its legal source.
 */
@NullMarked
package io.homeward.platform.shared.rules;

import org.jspecify.annotations.NullMarked;
