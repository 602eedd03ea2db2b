/**
 * The small shared kernel: the exceptions every module raises for bad input, missing or
 * forbidden things, and accent-insensitive text folding. Nothing else belongs here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.nhiemvu.shared;
