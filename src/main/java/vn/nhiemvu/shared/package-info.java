/**
 * The small shared kernel: the exceptions every module raises for bad input, missing or
 * forbidden things, accent-insensitive text folding and ETag versions. Nothing else belongs here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.nhiemvu.shared;
