package vn.nhiemvu.plan.web;

/** The progress report form; the percent stays text so that what was typed ("nhiều") comes back with its error. */
public class ReportForm {

    private String percent;
    private String done;
    private String obstacles;
    private String nextSteps;
    private Long milestoneId;

    public String getPercent() { return percent; }
    public void setPercent(String percent) { this.percent = percent; }
    public String getDone() { return done; }
    public void setDone(String done) { this.done = done; }
    public String getObstacles() { return obstacles; }
    public void setObstacles(String obstacles) { this.obstacles = obstacles; }
    public String getNextSteps() { return nextSteps; }
    public void setNextSteps(String nextSteps) { this.nextSteps = nextSteps; }
    public Long getMilestoneId() { return milestoneId; }
    public void setMilestoneId(Long milestoneId) { this.milestoneId = milestoneId; }
}
