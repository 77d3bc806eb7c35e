# Independent references for @dpm/impact's causal estimators (packages/impact/src/causal/).
# Run: Rscript causal.R — writes causal.json and the small data extracts the tests read
# (cigarettes1995.csv, produc.csv, lalonde.csv); CI has no R.
suppressPackageStartupMessages({
  library(jsonlite); library(sandwich); library(AER); library(plm); library(estimatr); library(MatchIt)
})
out <- list()

# ---- IV 2SLS: Stock & Watson, CigarettesSW 1995 -------------------------------------------
data("CigarettesSW", package = "AER")
cig <- subset(CigarettesSW, year == "1995")
cig$rprice <- cig$price / cig$cpi
cig$salestax <- (cig$taxs - cig$tax) / cig$cpi
cig$rincome <- cig$income / cig$population / cig$cpi
cig$cigtax <- cig$tax / cig$cpi
write.csv(data.frame(state = as.character(cig$state), lpacks = log(cig$packs), lrprice = log(cig$rprice),
                     lrincome = log(cig$rincome), salestax = cig$salestax, cigtax = cig$cigtax),
          "cigarettes1995.csv", row.names = FALSE)
iv1 <- ivreg(log(packs) ~ log(rprice) | salestax, data = cig)
iv2 <- ivreg(log(packs) ~ log(rprice) + log(rincome) | log(rincome) + salestax + cigtax, data = cig)
fs1 <- lm(log(rprice) ~ salestax, data = cig)
fs2 <- lm(log(rprice) ~ log(rincome) + salestax + cigtax, data = cig)
fstat <- function(fs, excl, vc) { b <- coef(fs)[excl]; V <- vc[excl, excl, drop = FALSE]; as.numeric(t(b) %*% solve(V) %*% b) / length(excl) }
out$iv <- list(
  simple = list(estimate = unname(coef(iv1)), seHC1 = unname(sqrt(diag(vcovHC(iv1, type = "HC1")))),
                seClassical = unname(sqrt(diag(vcov(iv1)))), sigma = summary(iv1)$sigma,
                firstStageF = fstat(fs1, "salestax", vcov(fs1)), firstStageFHC1 = fstat(fs1, "salestax", vcovHC(fs1, type = "HC1"))),
  twoInstruments = list(estimate = unname(coef(iv2)), seHC1 = unname(sqrt(diag(vcovHC(iv2, type = "HC1")))),
                firstStageF = fstat(fs2, c("salestax", "cigtax"), vcov(fs2)),
                firstStageFHC1 = fstat(fs2, c("salestax", "cigtax"), vcovHC(fs2, type = "HC1")))
)

# ---- DiD on plm::Produc: a pseudo-policy on a real panel -----------------------------------
data("Produc", package = "plm")
P <- Produc
P$lgsp <- log(P$gsp); P$lemp <- log(P$emp)
states <- sort(unique(as.character(P$state)))
early <- states[seq(1, 48, by = 6)]          # 8 states treated from 1978
late <- states[seq(4, 48, by = 6)]           # 8 states treated from 1982 (staggered)
P$cohort <- ifelse(as.character(P$state) %in% early, 1978, ifelse(as.character(P$state) %in% late, 1982, 0))
P$treated <- as.numeric(P$cohort > 0 & P$year >= P$cohort)
P$d1978 <- as.numeric(P$cohort == 1978 & P$year >= 1978)   # single-cohort design (late states never treated here)
write.csv(data.frame(unit = as.character(P$state), time = P$year, outcome = P$lgsp, treated = P$treated,
                     single = P$d1978, lemp = P$lemp, unemp = P$unemp, cohort = P$cohort),
          "produc.csv", row.names = FALSE)
tw1 <- lm_robust(lgsp ~ d1978, data = P, fixed_effects = ~ state + year, clusters = state, se_type = "stata")
tw2 <- lm_robust(lgsp ~ treated + lemp + unemp, data = P, fixed_effects = ~ state + year, clusters = state, se_type = "stata")
# Event study for the single cohort (1978), leads −4..−2 and lags 0..4, bins at the ends, −1 omitted.
P1 <- subset(P, cohort != 1982)
rel <- ifelse(P1$cohort == 1978, P1$year - 1978, NA)
mk <- function(k, lo = FALSE, hi = FALSE) {
  r <- ifelse(is.na(rel), FALSE, if (lo) rel <= k else if (hi) rel >= k else rel == k); as.numeric(r)
}
P1$lead4 <- mk(-4, lo = TRUE); P1$lead3 <- mk(-3); P1$lead2 <- mk(-2)
P1$lag0 <- mk(0); P1$lag1 <- mk(1); P1$lag2 <- mk(2); P1$lag3 <- mk(3); P1$lag4 <- mk(4, hi = TRUE)
es <- lm_robust(lgsp ~ lead4 + lead3 + lead2 + lag0 + lag1 + lag2 + lag3 + lag4, data = P1,
                fixed_effects = ~ state + year, clusters = state, se_type = "stata")
pre <- c("lead4", "lead3", "lead2")
Vp <- vcov(es)[pre, pre]; bp <- coef(es)[pre]
W <- as.numeric(t(bp) %*% solve(Vp) %*% bp)
G <- length(unique(P1$state))
# 2×2 DiD: 1975 vs 1985, early states vs never-treated, HC1 and clustered by state
P2 <- subset(P, year %in% c(1975, 1985) & cohort != 1982)
P2$g <- as.numeric(P2$cohort == 1978); P2$post <- as.numeric(P2$year == 1985)
P2$state <- droplevels(P2$state)  # vcovCL counts unused factor levels as clusters
m2 <- lm(lgsp ~ g * post, data = P2)
out$did <- list(
  twfe = list(estimate = unname(coef(tw1)), se = unname(tw1$std.error), df = unname(tw1$df), ciLow = unname(tw1$conf.low), ciHigh = unname(tw1$conf.high)),
  twfeStaggeredCovariates = list(names = names(coef(tw2)), estimate = unname(coef(tw2)), se = unname(tw2$std.error)),
  eventStudy = list(names = names(coef(es)), estimate = unname(coef(es)), se = unname(es$std.error),
                    preTrendWald = W, preTrendF = W / 3, preTrendFPValue = pf(W / 3, 3, G - 1, lower.tail = FALSE)),
  twoByTwo = list(estimate = unname(coef(m2)["g:post"]), seHC1 = unname(sqrt(vcovHC(m2, type = "HC1")["g:post", "g:post"])),
                  seCluster = unname(sqrt(vcovCL(m2, cluster = ~state, type = "HC1")["g:post", "g:post"])),
                  means = unname(tapply(P2$lgsp, list(P2$g, P2$post), mean)))
)

# ---- Propensity scores, matching and IPW on MatchIt::lalonde --------------------------------
data("lalonde", package = "MatchIt")
L <- lalonde
L$black <- as.numeric(L$race == "black"); L$hispan <- as.numeric(L$race == "hispan")
write.csv(data.frame(treat = L$treat, age = L$age, educ = L$educ, black = L$black, hispan = L$hispan,
                     married = L$married, nodegree = L$nodegree, re74 = L$re74, re75 = L$re75, re78 = L$re78),
          "lalonde.csv", row.names = FALSE)
f <- treat ~ age + educ + black + hispan + married + nodegree + re74 + re75
ps <- glm(f, data = L, family = binomial)
e <- fitted(ps)
covs <- c("age", "educ", "black", "hispan", "married", "nodegree", "re74", "re75")
att_match <- function(m) {
  md <- match.data(m)
  fit <- lm(re78 ~ treat, data = md, weights = weights)
  V <- if (is.null(md$subclass)) vcovHC(fit, type = "HC1") else vcovCL(fit, cluster = ~subclass)
  s <- summary(m)
  list(estimate = unname(coef(fit)["treat"]), se = unname(sqrt(V["treat", "treat"])),
       nTreated = unname(sum(md$treat == 1)), nControl = unname(sum(md$treat == 0)),
       smdBefore = unname(s$sum.all[covs, "Std. Mean Diff."]), smdAfter = unname(s$sum.matched[covs, "Std. Mean Diff."]),
       matchedControlRows = unname(as.integer(rownames(L) %in% rownames(md)[md$treat == 0])),
       controlWeights = unname(sapply(rownames(L), function(r) if (r %in% rownames(md)) md[r, "weights"] else 0)))
}
# MatchIt 4.5.1's fast path for a propensity-score distance (nn_matchC_vec) ignores `caliper` and
# sometimes skips a nearer free control, so the references use MatchIt's general algorithm
# (nn_matchC) by passing the |e_t − e_c| distance matrix, with the data reordered so that MatchIt's
# "data" order is the default "largest" order (treated units by descending propensity score).
idx <- c(which(L$treat == 1)[order(-e[L$treat == 1])], which(L$treat == 0))
L2 <- L[idx, ]; e2 <- e[idx]
D2 <- abs(outer(e2[L2$treat == 1], e2[L2$treat == 0], "-"))
m1 <- matchit(f, data = L2, method = "nearest", distance = D2)
# MatchIt 4.5.1 here ignores `caliper` for this call (every treated unit stays matched), so the caliper
# reference is a hand-written greedy matcher with MatchIt's rules: treated units in descending
# propensity order, nearest unused control, caliper = 0.05 × sd(propensity score over all units).
caliper_match <- function(e, treat, y, cal) {
  width <- cal * sd(e); used <- rep(FALSE, length(e)); pairs <- NULL
  for (i in order(-e * treat)[seq_len(sum(treat))]) {
    cand <- which(treat == 0 & !used)
    d <- abs(e[cand] - e[i]); j <- cand[which.min(d)]
    if (min(d) <= width) { used[j] <- TRUE; pairs <- rbind(pairs, c(i, j)) }
  }
  md <- data.frame(y = c(y[pairs[, 1]], y[pairs[, 2]]), t = rep(1:0, each = nrow(pairs)), pair = rep(seq_len(nrow(pairs)), 2))
  fit <- lm(y ~ t, data = md)
  list(estimate = unname(coef(fit)["t"]), se = unname(sqrt(vcovCL(fit, cluster = ~pair)["t", "t"])),
       nTreated = nrow(pairs), nControl = nrow(pairs), caliper = cal)
}
m3 <- matchit(f, data = L2, method = "nearest", distance = D2, replace = TRUE)
m3fast <- matchit(f, data = L, method = "nearest", replace = TRUE)
# Hand-written IPW: ATT weights 1 for treated, e/(1−e) for controls; ATE weights 1/e, 1/(1−e); Hajek means.
w_att <- ifelse(L$treat == 1, 1, e / (1 - e))
w_ate <- ifelse(L$treat == 1, 1 / e, 1 / (1 - e))
fa <- lm(re78 ~ treat, data = L, weights = w_att); fe <- lm(re78 ~ treat, data = L, weights = w_ate)
# AIPW (ATE) with linear outcome models by arm; SE = sd(influence) / sqrt(n)
om <- re78 ~ age + educ + black + hispan + married + nodegree + re74 + re75
m1f <- lm(om, data = subset(L, treat == 1)); m0f <- lm(om, data = subset(L, treat == 0))
mu1 <- predict(m1f, L); mu0 <- predict(m0f, L)
T <- L$treat; Y <- L$re78
psi <- mu1 - mu0 + T * (Y - mu1) / e - (1 - T) * (Y - mu0) / (1 - e)
out$lalonde <- list(
  propensity = list(estimate = unname(coef(ps)), se = unname(sqrt(diag(vcov(ps)))), fitted = unname(e)),
  nearest = att_match(m1), nearestFastPath = att_match(matchit(f, data = L, method = "nearest"))[c("estimate", "se")],
  replaceFastPath = att_match(m3fast)[c("estimate", "se")], caliper = caliper_match(e, L$treat, L$re78, 0.05), replace = att_match(m3),
  ipwATT = list(estimate = unname(coef(fa)["treat"]), seHC1 = unname(sqrt(vcovHC(fa, type = "HC1")["treat", "treat"]))),
  ipwATE = list(estimate = unname(coef(fe)["treat"]), seHC1 = unname(sqrt(vcovHC(fe, type = "HC1")["treat", "treat"]))),
  aipwATE = list(estimate = mean(psi), se = sd(psi) / sqrt(length(psi)))
)

writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), "causal.json")
cat("wrote causal.json\n")
