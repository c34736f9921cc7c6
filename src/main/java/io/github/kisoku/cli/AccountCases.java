package io.github.kisoku.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kisoku.booking.RuleSet;
import io.github.kisoku.booking.account.LoginGuard;
import io.github.kisoku.booking.account.PasswordPolicy;
import io.github.kisoku.booking.account.Renewal;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Reason;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The account cases of the booking system (manual §1): {@code account.password} (the password
 * policy), {@code account.login} (attempts → lock-out state) and {@code account.renewal}
 * (registration renewal dates). A password is never written back in an answer.
 */
final class AccountCases {
    /** The most login attempts one case holds. */
    static final int MAX_ATTEMPTS = 10_000;

    private AccountCases() {
    }

    /** {@code account.password}: whether a password meets the policy, and every way it does not. */
    static final class PasswordCase implements CaseHandler {
        @Override
        public String type() {
            return "account.password";
        }

        @Override
        public Validation<Seq<Problem>, Answer> answer(CaseReader f) {
            Option<String> password = f.text("password", true);
            return f.finish(() -> {
                Validation<Seq<Problem>, List<PasswordPolicy.CharClass>> v = PasswordPolicy.check(password.get());
                ObjectNode r = Json.object().put("meetsPolicy", v.isValid());
                ArrayNode classes = r.putArray("classes");
                List<PasswordPolicy.CharClass> found = v.isValid() ? v.get()
                        : List.ofAll(password.get().chars().mapToObj(c -> PasswordPolicy.classOf((char) c))
                                .filter(Option::isDefined).map(Option::get)).distinct().sorted();
                found.forEach(c -> classes.add(c.name()));
                ArrayNode failures = r.putArray("failures");
                Seq<Problem> problems = v.isValid() ? List.empty() : v.getError();
                problems.forEach(p -> failures.addObject().put("field", p.field()).put("code", p.code())
                        .put("ja", p.message().ja()).put("en", p.message().en()));
                Reason reason = Reason.of(CaseRule.PASSWORD_POLICY).variant(v.isValid() ? "met" : "failed")
                        .withFigures("minClasses", PasswordPolicy.MIN_CLASSES, "classes", found.size())
                        .withFigure("failures", problems.size());
                return Validation.valid(new Answer(r, Decision.of(v.isValid()).because(reason)));
            });
        }
    }

    /** {@code account.login}: login attempts in time order → the account's state after each. */
    static final class LoginCase implements CaseHandler {
        @Override
        public String type() {
            return "account.login";
        }

        private record Attempt(LocalDateTime at, boolean correct) {
        }

        @Override
        public Validation<Seq<Problem>, Answer> answer(CaseReader f) {
            Option<List<Attempt>> attempts = f.objects("attempts", true, a -> {
                Option<LocalDateTime> at = BookingCases.dateTime(a, "at", true);
                Option<Boolean> correct = a.value("correct").isDefined() ? Option.of(a.bool("correct", false))
                        : Option.none();
                if (correct.isEmpty()) {
                    a.problem(Problem.required(a.path("correct")));
                }
                return at.isDefined() && correct.isDefined() && !a.hasProblems()
                        ? Option.of(new Attempt(at.get(), correct.get())) : Option.none();
            });
            Option<Long> lockMinutes = f.integer("lockMinutes", false, 1, 525_600);
            attempts.filter(List::isEmpty).forEach(x -> f.problem(Problem.required(f.path("attempts"))));
            attempts.filter(l -> l.size() > MAX_ATTEMPTS).forEach(x -> f.problem(Problem.of(
                    io.github.kisoku.kernel.InputProblem.OUT_OF_RANGE, f.path("attempts"))
                    .withFigures("min", 1, "max", MAX_ATTEMPTS).withFigure("value", x.size())));
            attempts.forEach(l -> BookingOps.inOrder(f, "attempts", l.map(Attempt::at)));
            return f.finish(() -> {
                LoginGuard g = LoginGuard.start(lockMinutes.map(Duration::ofMinutes));
                ObjectNode r = Json.object();
                ArrayNode steps = r.putArray("steps");
                List<Reason> reasons = List.empty();
                LoginGuard.State state = LoginGuard.State.LOGGED_IN;
                for (Attempt a : attempts.get()) {
                    LoginGuard.Attempt step = g.attempt(a.correct(), a.at());
                    g = step.guard();
                    state = step.decision().value();
                    ObjectNode s = steps.addObject().put("at", a.at().toString()).put("correct", a.correct())
                            .put("state", state.name()).put("failures", g.failures());
                    until(s, g);
                    s.set("reasons", Json.reasons(step.decision().reasons()));
                    reasons = reasons.appendAll(step.decision().reasons());
                }
                r.put("state", state.name()).put("failures", g.failures());
                until(r, g);
                return Validation.valid(new Answer(r, Decision.of(state, reasons.distinct(), List.empty())));
            });
        }

        private static void until(ObjectNode o, LoginGuard g) {
            if (g.lockedUntil().isDefined()) {
                o.put("lockedUntil", g.lockedUntil().get().toString());
            } else {
                o.putNull("lockedUntil");
            }
        }
    }

    /** {@code account.renewal}: the dates of a registration's renewal, and the old system's expiry warning. */
    static final class RenewalCase implements CaseHandler {
        @Override
        public String type() {
            return "account.renewal";
        }

        @Override
        public Validation<Seq<Problem>, Answer> answer(CaseReader f) {
            Option<LocalDate> validUntil = f.date("validUntil", true);
            Option<LocalDate> renewalDate = f.date("renewalDate", true);
            Option<RuleSet> ruleSet = f.enumeration("ruleSet", true, RuleSet.class);
            Option<LocalDate> today = f.date("today", false);
            return f.finish(() -> {
                Decision<Renewal> d = Renewal.of(validUntil.get(), renewalDate.get(), ruleSet.get());
                Renewal n = d.value();
                ObjectNode r = Json.object().put("validUntil", n.validUntil().toString());
                BookingOps.label(r, "ruleSet", n.ruleSet());
                r.put("fromOldExpiry", n.fromOldExpiry().toString())
                        .put("fromRenewalDate", n.fromRenewalDate().toString())
                        .put("applyBy", n.applyBy().toString())
                        .put("applyByAtTheLatest", n.applyByAtTheLatest().toString());
                // the 4-month warning is the old system's; the new system shows none (manual §1)
                Option<Decision<LocalDate>> warning = today.filter(t -> n.ruleSet() == RuleSet.OLD)
                        .flatMap(t -> Renewal.expiryWarning(n.validUntil(), t));
                r.put("expiryWarning", warning.isDefined());
                io.vavr.collection.Seq<Reason> reasons = d.reasons().appendAll(warning.map(Decision::reasons).getOrElse(List.empty()));
                return Validation.valid(new Answer(r, Decision.of(n, reasons, d.notApplied())));
            });
        }
    }
}
