package vn.nhiemvu.round;

/** The focal person's account the organiser creates for an addressee agency (by its directory code). */
public record NewRespondent(String agency, String username, String displayName, String password) {
}
