package dev.checkout.fraud.assessment;

import dev.checkout.fraud.rules.RiskSignal;

import java.util.List;

/** The rules' answer for one order: the signals that fired, their summed weight, and the decision it leads to. */
record Verdict(Decision decision, int score, List<RiskSignal> reasons) {
}
