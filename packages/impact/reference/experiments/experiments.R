# Reference values for @dpm/impact experiments, from R's stats, pwr and rpact.
# Run: Rscript experiments.R  (writes experiments.json next to this script)
suppressPackageStartupMessages({ library(jsonlite); library(pwr); library(rpact) })

# --- Two proportions: published A/B counts --------------------------------------------------------
# ab_data (Udacity / Kaggle "A/B testing" landing page, cleaned): old page vs new page.
# Cookie Cats (Kaggle mobile game): gate_30 vs gate_40, day-1 retention.
# Fleiss smokers (prop.test's own example data): groups 1 vs 2 and 1 vs 4.
props <- list(
  list(id = "udacity-landing-page", control = c(145274, 17489), treatment = c(145310, 17264), alpha = 0.05),
  list(id = "cookie-cats-retention1", control = c(44700, 20034), treatment = c(45489, 20119), alpha = 0.05),
  list(id = "fleiss-smokers-1v2", control = c(86, 83), treatment = c(93, 90), alpha = 0.05),
  list(id = "fleiss-smokers-1v4", control = c(86, 83), treatment = c(82, 70), alpha = 0.10),
  list(id = "small-shop", control = c(1000, 50), treatment = c(1000, 68), alpha = 0.05)
)
proportions <- lapply(props, function(p) {
  r <- prop.test(c(p$treatment[2], p$control[2]), c(p$treatment[1], p$control[1]), correct = FALSE, conf.level = 1 - p$alpha)
  g <- prop.test(c(p$treatment[2], p$control[2]), c(p$treatment[1], p$control[1]), correct = FALSE, alternative = "greater")
  list(id = p$id, control = list(n = p$control[1], conversions = p$control[2]),
       treatment = list(n = p$treatment[1], conversions = p$treatment[2]), alpha = p$alpha,
       pValue = r$p.value, ciLow = r$conf.int[1], ciHigh = r$conf.int[2], statistic = unname(r$statistic),
       pValueGreater = g$p.value)
})

# --- Fisher's exact test (fisher.test's own examples + a small A/B) --------------------------------
fisherCases <- list(
  list(id = "tea-tasting", table = matrix(c(3, 1, 1, 3), 2, byrow = TRUE)),
  list(id = "convictions", table = matrix(c(2, 10, 15, 3), 2, byrow = TRUE)),
  list(id = "small-ab", table = matrix(c(3, 37, 9, 31), 2, byrow = TRUE))
)
fisher <- lapply(fisherCases, function(f) {
  t <- f$table
  list(id = f$id, table = t,
       pValue = fisher.test(t)$p.value,
       pValueGreater = fisher.test(t, alternative = "greater")$p.value,
       pValueLess = fisher.test(t, alternative = "less")$p.value)
})

# --- Chi-square tests ----------------------------------------------------------------------------
agresti <- matrix(c(762, 327, 468, 484, 239, 477), 2, byrow = TRUE) # chisq.test's example (Agresti 2007)
chisq <- list(
  list(id = "agresti-party-gender", table = agresti, correct = FALSE,
       statistic = unname(chisq.test(agresti)$statistic), df = unname(chisq.test(agresti)$parameter), pValue = chisq.test(agresti)$p.value),
  list(id = "udacity-2x2-yates", table = matrix(c(17489, 145274 - 17489, 17264, 145310 - 17264), 2, byrow = TRUE), correct = TRUE,
       statistic = unname(chisq.test(matrix(c(17489, 145274 - 17489, 17264, 145310 - 17264), 2, byrow = TRUE))$statistic), df = 1,
       pValue = chisq.test(matrix(c(17489, 145274 - 17489, 17264, 145310 - 17264), 2, byrow = TRUE))$p.value),
  list(id = "tea-2x2-no-yates", table = matrix(c(3, 1, 1, 3), 2, byrow = TRUE), correct = FALSE,
       statistic = unname(suppressWarnings(chisq.test(matrix(c(3, 1, 1, 3), 2), correct = FALSE))$statistic), df = 1,
       pValue = suppressWarnings(chisq.test(matrix(c(3, 1, 1, 3), 2), correct = FALSE))$p.value)
)
srmCases <- list(list(counts = c(50123, 49877), weights = c(0.5, 0.5)), list(counts = c(10321, 9679), weights = c(0.5, 0.5)),
                 list(counts = c(3300, 3350, 6520), weights = c(0.25, 0.25, 0.5)))
srm <- lapply(srmCases, function(s) {
  r <- chisq.test(s$counts, p = s$weights)
  list(counts = s$counts, weights = s$weights, statistic = unname(r$statistic), df = unname(r$parameter), pValue = r$p.value)
})

# --- Welch t tests on R's data sets --------------------------------------------------------------
welchCase <- function(id, control, treatment, alpha) {
  r <- t.test(treatment, control, var.equal = FALSE, conf.level = 1 - alpha)
  l <- t.test(treatment, control, var.equal = FALSE, alternative = "less")
  list(id = id, control = control, treatment = treatment, alpha = alpha, pValue = r$p.value,
       ciLow = r$conf.int[1], ciHigh = r$conf.int[2], statistic = unname(r$statistic), df = unname(r$parameter), pValueLess = l$p.value)
}
set.seed(20261207)
revenueC <- round(ifelse(runif(400) < 0.08, rlnorm(400, 3.6, 0.9), 0), 2)
revenueT <- round(ifelse(runif(420) < 0.09, rlnorm(420, 3.6, 0.9), 0), 2)
means <- list(
  welchCase("sleep", sleep$extra[sleep$group == 1], sleep$extra[sleep$group == 2], 0.05),
  welchCase("toothgrowth-supp", ToothGrowth$len[ToothGrowth$supp == "VC"], ToothGrowth$len[ToothGrowth$supp == "OJ"], 0.05),
  welchCase("mtcars-am", mtcars$mpg[mtcars$am == 0], mtcars$mpg[mtcars$am == 1], 0.10),
  welchCase("revenue-per-visitor", revenueC, revenueT, 0.05)
)

# --- Mann-Whitney / Wilcoxon rank-sum ------------------------------------------------------------
wilcoxCase <- function(id, control, treatment, exact, correct = TRUE) {
  r <- suppressWarnings(wilcox.test(treatment, control, exact = exact, correct = correct))
  g <- suppressWarnings(wilcox.test(treatment, control, exact = exact, correct = correct, alternative = "greater"))
  list(id = id, control = control, treatment = treatment, exact = exact, correct = correct,
       statistic = unname(r$statistic), pValue = r$p.value, pValueGreater = g$p.value)
}
hwX <- c(0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46) # wilcox.test's example (Hollander & Wolfe)
hwY <- c(1.15, 0.88, 0.90, 0.74, 1.21)
wilcox <- list(
  wilcoxCase("hollander-wolfe-exact", hwY, hwX, TRUE),
  wilcoxCase("sleep-normal-cc", sleep$extra[sleep$group == 1], sleep$extra[sleep$group == 2], FALSE),
  wilcoxCase("mtcars-am-normal-cc", mtcars$mpg[mtcars$am == 0], mtcars$mpg[mtcars$am == 1], FALSE),
  wilcoxCase("toothgrowth-normal-nocc", ToothGrowth$len[ToothGrowth$supp == "VC"], ToothGrowth$len[ToothGrowth$supp == "OJ"], FALSE, FALSE),
  wilcoxCase("revenue-normal-cc", revenueC, revenueT, FALSE)
)

# --- Planning ------------------------------------------------------------------------------------
powerCases <- list(
  list(id = "5pc-to-6pc", p1 = 0.05, p2 = 0.06, alpha = 0.05, power = 0.8),
  list(id = "10pc-to-12pc", p1 = 0.10, p2 = 0.12, alpha = 0.05, power = 0.9),
  list(id = "50pc-to-75pc", p1 = 0.50, p2 = 0.75, alpha = 0.05, power = 0.9),
  list(id = "2pc-to-2.5pc", p1 = 0.02, p2 = 0.025, alpha = 0.01, power = 0.8),
  list(id = "30pc-to-27pc", p1 = 0.30, p2 = 0.27, alpha = 0.10, power = 0.85)
)
power <- lapply(powerCases, function(p) {
  two <- power.prop.test(p1 = p$p1, p2 = p$p2, sig.level = p$alpha, power = p$power)
  one <- power.prop.test(p1 = p$p1, p2 = p$p2, sig.level = p$alpha, power = p$power, alternative = "one.sided")
  c(p, list(n = two$n, nPerGroup = ceiling(two$n), nOneSided = ceiling(one$n)))
})
powerGivenN <- lapply(list(c(0.05, 0.06, 5000), c(0.1, 0.12, 2000), c(0.3, 0.27, 1500)), function(v) {
  list(p1 = v[1], p2 = v[2], n = v[3], alpha = 0.05, power = power.prop.test(n = v[3], p1 = v[1], p2 = v[2])$power,
       powerOneSided = power.prop.test(n = v[3], p1 = v[1], p2 = v[2], alternative = "one.sided")$power)
})
meanPower <- lapply(list(c(1, 1, 0.8, 0.05), c(2.5, 10, 0.9, 0.05), c(0.5, 2, 0.8, 0.01), c(20, 35, 0.95, 0.05)), function(v) {
  two <- power.t.test(delta = v[1], sd = v[2], power = v[3], sig.level = v[4])
  one <- power.t.test(delta = v[1], sd = v[2], power = v[3], sig.level = v[4], alternative = "one.sided")
  list(delta = v[1], sd = v[2], power = v[3], alpha = v[4], n = two$n, nPerGroup = ceiling(two$n), nOneSided = ceiling(one$n),
       powerAt50 = power.t.test(n = 50, delta = v[1], sd = v[2], sig.level = v[4])$power,
       powerAt50Strict = power.t.test(n = 50, delta = v[1], sd = v[2], sig.level = v[4], strict = TRUE)$power)
})
pwrCases <- list(
  twoP = lapply(list(c(0.05, 0.06), c(0.2, 0.25), c(0.5, 0.4)), function(v) {
    h <- ES.h(v[2], v[1])
    list(p1 = v[1], p2 = v[2], h = h, n = pwr.2p.test(h = h, power = 0.8, sig.level = 0.05)$n,
         nPerGroup = ceiling(pwr.2p.test(h = h, power = 0.8, sig.level = 0.05)$n),
         nGreater = ceiling(pwr.2p.test(h = abs(h), power = 0.8, sig.level = 0.05, alternative = "greater")$n))
  }),
  twoP2n = lapply(list(c(0.05, 0.06, 8000, 4000), c(0.2, 0.25, 600, 1200)), function(v) {
    h <- ES.h(v[2], v[1])
    list(p1 = v[1], p2 = v[2], n1 = v[3], n2 = v[4], power = pwr.2p2n.test(h = h, n1 = v[3], n2 = v[4], sig.level = 0.05)$power)
  }),
  t = lapply(c(0.2, 0.5, 0.8), function(d) {
    list(d = d, nPerGroup = ceiling(pwr.t.test(d = d, power = 0.8, sig.level = 0.05)$n),
         powerAt40 = pwr.t.test(d = d, n = 40, sig.level = 0.05)$power)
  }),
  t2n = lapply(list(c(0.3, 100, 200), c(0.5, 30, 90)), function(v) {
    list(d = v[1], n1 = v[2], n2 = v[3], power = pwr.t2n.test(d = v[1], n1 = v[2], n2 = v[3], sig.level = 0.05)$power)
  })
)

nct <- lapply(list(c(2, 10, 1), c(1.5, 98, 3.2), c(-1, 5, 0.5), c(2.01, 40, 0), c(3, 200, 5.5), c(0.5, 3, -1)), function(v) {
  list(t = v[1], df = v[2], ncp = v[3], lower = pt(v[1], v[2], ncp = v[3]), upper = pt(v[1], v[2], ncp = v[3], lower.tail = FALSE))
})

# --- Group-sequential designs (rpact, Lan-DeMets alpha spending) -------------------------------------
seqCases <- list(
  list(id = "OF-k2-a025-1s", kMax = 2, alpha = 0.025, sided = 1, type = "OF"),
  list(id = "OF-k3-a025-1s", kMax = 3, alpha = 0.025, sided = 1, type = "OF"),
  list(id = "OF-k4-a05-2s", kMax = 4, alpha = 0.05, sided = 2, type = "OF"),
  list(id = "OF-k5-a025-1s", kMax = 5, alpha = 0.025, sided = 1, type = "OF"),
  list(id = "OF-k8-a05-2s", kMax = 8, alpha = 0.05, sided = 2, type = "OF"),
  list(id = "P-k2-a05-2s", kMax = 2, alpha = 0.05, sided = 2, type = "P"),
  list(id = "P-k3-a025-1s", kMax = 3, alpha = 0.025, sided = 1, type = "P"),
  list(id = "P-k4-a05-2s", kMax = 4, alpha = 0.05, sided = 2, type = "P"),
  list(id = "P-k5-a01-1s", kMax = 5, alpha = 0.01, sided = 1, type = "P")
)
sequential <- lapply(seqCases, function(s) {
  d <- getDesignGroupSequential(kMax = s$kMax, alpha = s$alpha, sided = s$sided, typeOfDesign = paste0("as", s$type))
  c(s, list(criticalValues = d$criticalValues, alphaSpent = d$alphaSpent, informationRates = d$informationRates))
})
unequal <- lapply(list(list(rates = c(0.3, 0.55, 1), type = "OF", sided = 1, alpha = 0.025),
                       list(rates = c(0.2, 0.5, 0.7, 1), type = "P", sided = 2, alpha = 0.05),
                       list(rates = c(0.25, 0.45, 0.8, 1), type = "OF", sided = 2, alpha = 0.05)), function(s) {
  d <- getDesignGroupSequential(kMax = length(s$rates), alpha = s$alpha, sided = s$sided, typeOfDesign = paste0("as", s$type), informationRates = s$rates)
  c(s, list(criticalValues = d$criticalValues, alphaSpent = d$alphaSpent))
})

# --- Multiple comparisons ------------------------------------------------------------------------
pv <- c(0.01, 0.04, 0.03, 0.005, 0.20, 0.049)
padjust <- list(pValues = pv, holm = p.adjust(pv, "holm"), bh = p.adjust(pv, "BH"), bonferroni = p.adjust(pv, "bonferroni"))

# --- Bayesian: P(B > A) for Beta posteriors by numerical integration ---------------------------------
bayesCase <- function(aA, bA, aB, bB) {
  f <- function(x) dbeta(x, aB, bB) * pbeta(x, aA, bA)
  mA <- aA / (aA + bA)
  # E[max(pA - pB, 0)]: the expected loss of shipping B when A is better.
  loss <- function(x) dbeta(x, aB, bB) * (mA * pbeta(x, aA + 1, bA, lower.tail = FALSE) - x * pbeta(x, aA, bA, lower.tail = FALSE))
  pr <- integrate(f, 0, 1, rel.tol = 1e-12, subdivisions = 2000L)$value
  el <- integrate(loss, 0, 1, rel.tol = 1e-12, subdivisions = 2000L)$value
  list(a = c(aA, bA), b = c(aB, bB), probabilityBBeatsA = pr, expectedLossB = el,
       lowerA = qbeta(0.025, aA, bA), upperA = qbeta(0.975, aA, bA), lowerB = qbeta(0.025, aB, bB), upperB = qbeta(0.975, aB, bB))
}
bayes <- list(bayesCase(1 + 50, 1 + 950, 1 + 68, 1 + 932), bayesCase(1 + 3, 1 + 37, 1 + 9, 1 + 31), bayesCase(1 + 120, 1 + 2280, 1 + 118, 1 + 2282))

out <- list(
  generated = list(by = "experiments.R", R = R.version.string, pwr = as.character(packageVersion("pwr")), rpact = as.character(packageVersion("rpact"))),
  proportions = proportions, fisher = fisher, chisq = chisq, srm = srm, means = means, wilcox = wilcox,
  power = power, powerGivenN = powerGivenN, meanPower = meanPower, pwr = pwrCases, noncentralT = nct,
  sequential = sequential, sequentialUnequal = unequal, padjust = padjust, bayes = bayes
)
args <- commandArgs(trailingOnly = FALSE)
here <- dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)])))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = FALSE), file.path(here, "experiments.json"))
