package vn.nhiemvu.round.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.nhiemvu.round.ColumnType;
import vn.nhiemvu.round.NewRound;
import vn.nhiemvu.round.TemplateColumn;
import vn.nhiemvu.round.TemplateTable;

/**
 * The page's form to open a round: one table of up to {@link #SLOTS} columns (the API takes several tables); column
 * slots left without a key and a heading are not sent on. Mutable because Spring binds request parameters into it.
 */
public class RoundForm {

    static final int SLOTS = 12;

    private String organiserUnit;
    private String title;
    private String legalBasis;
    private String instructions;
    private LocalDate letterDate;
    private String deadlineText;
    private LocalDate deadline;
    private boolean acceptLate;
    private List<String> addressees = new ArrayList<>();
    private String tableTitle;
    private List<ColumnForm> columns = new ArrayList<>();

    /** A new form with the columns most rounds ask for (seed 003's, without its task groups). */
    static RoundForm blank(String organiserUnit) {
        var form = new RoundForm();
        form.organiserUnit = organiserUnit;
        form.tableTitle = "Nhiệm vụ đề xuất";
        form.columns.add(ColumnForm.of("task", "Nhiệm vụ đề xuất", ColumnType.LONG_TEXT, true));
        form.columns.add(ColumnForm.of("lead", "Cơ quan, đơn vị chủ trì", ColumnType.UNIT_OR_AGENCY, true));
        form.columns.add(ColumnForm.of("coordinating", "Cơ quan, đơn vị phối hợp", ColumnType.TEXT, false));
        form.columns.add(ColumnForm.of("time", "Thời gian thực hiện", ColumnType.DEADLINE_PHRASE, true));
        form.columns.add(ColumnForm.of("product", "Sản phẩm dự kiến", ColumnType.TEXT, true));
        form.padColumns();
        return form;
    }

    void padColumns() {
        while (columns.size() < SLOTS) {
            columns.add(new ColumnForm());
        }
    }

    NewRound toNew() {
        List<TemplateColumn> kept = columns.stream().filter(c -> !c.isBlank()).map(ColumnForm::toColumn).toList();
        return new NewRound(organiserUnit, title, legalBasis, instructions, letterDate, deadlineText, deadline,
                acceptLate, addressees, List.of(new TemplateTable(tableTitle, kept)));
    }

    /** One column slot; choices one a line. */
    public static class ColumnForm {

        private String key;
        private String label;
        private ColumnType type;
        private boolean required;
        private String help;
        private String choices;

        static ColumnForm of(String key, String label, ColumnType type, boolean required) {
            var c = new ColumnForm();
            c.key = key;
            c.label = label;
            c.type = type;
            c.required = required;
            return c;
        }

        boolean isBlank() {
            return (key == null || key.isBlank()) && (label == null || label.isBlank());
        }

        TemplateColumn toColumn() {
            List<String> lines = choices == null || choices.isBlank() ? List.of()
                    : Arrays.stream(choices.split("\\R")).filter(l -> !l.isBlank()).toList();
            return new TemplateColumn(key, label, type, required, help, lines);
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public ColumnType getType() {
            return type;
        }

        public void setType(ColumnType type) {
            this.type = type;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public String getHelp() {
            return help;
        }

        public void setHelp(String help) {
            this.help = help;
        }

        public String getChoices() {
            return choices;
        }

        public void setChoices(String choices) {
            this.choices = choices;
        }
    }

    public String getOrganiserUnit() {
        return organiserUnit;
    }

    public void setOrganiserUnit(String organiserUnit) {
        this.organiserUnit = organiserUnit;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public LocalDate getLetterDate() {
        return letterDate;
    }

    public void setLetterDate(LocalDate letterDate) {
        this.letterDate = letterDate;
    }

    public String getDeadlineText() {
        return deadlineText;
    }

    public void setDeadlineText(String deadlineText) {
        this.deadlineText = deadlineText;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public boolean isAcceptLate() {
        return acceptLate;
    }

    public void setAcceptLate(boolean acceptLate) {
        this.acceptLate = acceptLate;
    }

    public List<String> getAddressees() {
        return addressees;
    }

    public void setAddressees(List<String> addressees) {
        this.addressees = addressees;
    }

    public String getTableTitle() {
        return tableTitle;
    }

    public void setTableTitle(String tableTitle) {
        this.tableTitle = tableTitle;
    }

    public List<ColumnForm> getColumns() {
        return columns;
    }

    public void setColumns(List<ColumnForm> columns) {
        this.columns = columns;
    }
}
