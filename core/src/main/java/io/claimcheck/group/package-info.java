/**
 * Groups: the claims that measure the same quantity in the world ("killed in Damascus on
 * 2016-02-21"), composites linked to their parts, and each group's consensus interval.
 */
@NullMarked
package io.claimcheck.group;

import org.jspecify.annotations.NullMarked;
