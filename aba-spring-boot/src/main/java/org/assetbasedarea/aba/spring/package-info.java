/**
 * Spring Boot 4 auto-configuration for aba.
 *
 * <p>With this module on the class path, a Spring Boot application gets a {@link
 * org.assetbasedarea.aba.framework.FrameworkRegistry} (the built-in frameworks and any local
 * framework files named in {@code aba.frameworks}), an {@link org.assetbasedarea.aba.json.AbaJson}
 * with the configured reader limits and a {@link org.assetbasedarea.aba.scoring.Scorer}; in a
 * Spring MVC application every aba document is read and written through {@code AbaJson}, and a
 * document that is not valid is answered with RFC 9457 problem details listing every issue. Every
 * bean yields to one the application defines itself.
 */
@NullMarked
package org.assetbasedarea.aba.spring;

import org.jspecify.annotations.NullMarked;
