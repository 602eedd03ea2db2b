package vn.nhiemvu.support;

import java.time.Duration;

import tools.jackson.databind.JsonNode;

/** Waits for a background job through its API, as a client would. */
public final class BackgroundJobs {

    private BackgroundJobs() {
    }

    /** Polls {@code GET /api/v1/jobs/{id}} until the job has SUCCEEDED or FAILED (at most 2 min: the machine may be busy). */
    public static JsonNode awaitFinished(Api api, long id) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < until) {
            JsonNode job = api.get("/api/v1/jobs/" + id).json();
            String status = job.get("status").asString();
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + id + " did not finish");
    }
}
