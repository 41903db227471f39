package dev.checkout.order.status;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Answers 404 (or 401) before the resource method runs when the path's {@code id} names no order the caller may
 * read ({@code OrderAccess}). For streams: once a stream has begun, its 200 and headers are sent and a problem can no
 * longer be answered.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@interface KnownOrder {
}
