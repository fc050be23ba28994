/**
 * The case service: a small Spring Boot application that keeps an area's assessments (with their
 * score reports), outcome data and plans as {@code jsonb} in PostgreSQL and serves them over a
 * REST API with optimistic versioning (ETag and If-Match), scores, comparisons and the HTML
 * report. Started with {@code java -jar aba-examples/target/aba-case-service.jar}; see
 * docs/case-service.md.
 */
@NullMarked
package org.assetbasedarea.aba.examples.service;

import org.jspecify.annotations.NullMarked;
