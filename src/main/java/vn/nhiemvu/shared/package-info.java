/**
 * The small shared kernel: the exceptions every module raises for bad input, missing or
 * forbidden things, accent-insensitive text folding, ETag versions, the invalidation of the
 * in-memory caches at the end of a transaction, dates as people read them and type them (day first) and the
 * errors a page shows beside a refused form's fields. Nothing else belongs here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.nhiemvu.shared;
