/**
 * The small shared kernel: the exceptions every module raises for bad input, missing or
 * forbidden things, accent-insensitive text folding, ETag versions and the invalidation of the
 * in-memory caches at the end of a transaction. Nothing else belongs here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.nhiemvu.shared;
