package io.github.kisoku.bench;

import io.github.kisoku.bicycle.TicketAssessment;
import io.github.kisoku.bicycle.PaymentDeadline;
import io.github.kisoku.bicycle.Instead;
import io.github.kisoku.bicycle.Offence;
import io.github.kisoku.bicycle.OffenceAssessor;
import io.github.kisoku.bicycle.PaymentDeadlines;
import io.github.kisoku.golftax.GolfTaxRules;
import io.github.kisoku.golftax.Treatment;
import io.github.kisoku.golftax.Visit;
import io.github.kisoku.kernel.Decision;
import io.vavr.control.Option;

/** The kisoku side of the two decisions, as a caller would write it, and its outcome for the comparison. */
final class Kisoku {
    private Kisoku() {
    }

    /** An offence's assessment with its reasons and, for a blue ticket handed over that day, the 仮納付 deadline. */
    record Ticket(Decision<TicketAssessment> assessment, Option<Decision<PaymentDeadline>> deadline) {
    }

    static Ticket assess(Offence o) {
        Decision<TicketAssessment> d = OffenceAssessor.assess(o);
        if (d.value() instanceof TicketAssessment.BlueTicket) {
            return new Ticket(d, Option.of(PaymentDeadlines.provisionalPayment(o.date(), Option.none()).get()));
        }
        return new Ticket(d, Option.none());
    }

    static DmnPeer.Outcome outcome(Ticket t) {
        TicketAssessment a = t.assessment().value();
        if (a instanceof TicketAssessment.BlueTicket b) {
            return new DmnPeer.Outcome("BLUE_TICKET", b.amount().amount(), t.deadline().get().value().rolled().rolled());
        }
        TicketAssessment.OutsideSystem out = (TicketAssessment.OutsideSystem) a;
        return new DmnPeer.Outcome(out.instead() instanceof Instead.GuidanceAndWarning ? "GUIDANCE" : "CRIMINAL", -1,
                null);
    }

    static Decision<io.github.kisoku.golftax.VisitAssessment> treat(Visit v) {
        return GolfTaxRules.assess(v).get();
    }

    static DmnPeer.Outcome outcome(Decision<io.github.kisoku.golftax.VisitAssessment> d) {
        Treatment t = d.value().treatment();
        String code;
        if (t instanceof Treatment.NotTaxableUse) {
            code = "NOT_TAXABLE_USE";
        } else if (t instanceof Treatment.Exempt e) {
            code = "EXEMPT:" + e.item().name();
        } else if (t instanceof Treatment.Reduced r) {
            code = "REDUCED:" + r.reductionCase().name();
        } else {
            code = "STANDARD";
        }
        return new DmnPeer.Outcome(code, d.value().tax().amount(), null);
    }
}
