package org.vndirective.lineage.duty;

/** What a duty asks for: a task, a report, a plan (or programme, scheme) to issue, a figure to reach. */
public enum DutyKind {
    TASK("TaskDuty"), REPORT("ReportDuty"), PLAN("PlanDuty"), TARGET("TargetDuty");

    private final String localName;

    DutyKind(String localName) { this.localName = localName; }

    /** The kind's concept in the ontology ({@code vnd:TaskDuty} …). */
    public String localName() { return localName; }
}
