/**
 * JSON for every aba document: a Jackson 3 module, published JSON Schemas, and one strict,
 * hardened read API ({@link org.assetbasedarea.aba.json.AbaJson}).
 */
@NullMarked
package org.assetbasedarea.aba.json;

import org.jspecify.annotations.NullMarked;
