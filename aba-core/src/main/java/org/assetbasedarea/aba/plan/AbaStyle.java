package org.assetbasedarea.aba.plan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this package, package-private and read only by the annotation processor;
 * every package of aba-core that has value types carries an identical copy (a test checks that).
 *
 * <p>Generated {@code ImmutableX} classes are package-private; each value type declares its own
 * public nested {@code Builder}. Accessors are JavaBean-style ({@code getName()}) so that any
 * default-configured Jakarta Validator sees their constraints, while the attribute, builder method
 * and JSON field stay {@code name}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    get = {"is*", "get*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false),
    privateNoargConstructor = false,
    validationMethod = Value.Style.ValidationMethod.SIMPLE)
@interface AbaStyle {}
