# Independent references for @dpm/core's linear models (packages/core/src/linear/).
# Run: Rscript linear.R   (writes linear.json beside this script; the tests read only the JSON)
# R: lm, glm(binomial), sandwich::vcovHC / vcovCL on real data sets (datasets, AER, plm).
suppressPackageStartupMessages({ library(jsonlite); library(sandwich); library(AER); library(plm) })

tab <- function(est, V, df = NULL) {
  se <- sqrt(diag(V))
  list(names = names(est), estimate = unname(est), stdError = unname(se), vcov = unname(V))
}

out <- list()

# 1. OLS on mtcars: mpg ~ wt + hp + qsec, classical and HC0–HC3
m <- lm(mpg ~ wt + hp + qsec, data = mtcars)
s <- summary(m)
out$mtcars <- list(
  data = list(mpg = mtcars$mpg, wt = mtcars$wt, hp = mtcars$hp, qsec = mtcars$qsec, am = mtcars$am, cyl = mtcars$cyl),
  ols = c(tab(coef(m), vcov(m)), list(
    tValue = unname(s$coefficients[, 3]), pValue = unname(s$coefficients[, 4]),
    ci = unname(confint(m)), sigma = s$sigma, rSquared = s$r.squared, adjRSquared = s$adj.r.squared,
    dfResidual = m$df.residual, fitted = unname(fitted(m)), residuals = unname(residuals(m)))),
  HC0 = tab(coef(m), vcovHC(m, type = "HC0")),
  HC1 = tab(coef(m), vcovHC(m, type = "HC1")),
  HC2 = tab(coef(m), vcovHC(m, type = "HC2")),
  HC3 = tab(coef(m), vcovHC(m, type = "HC3")),
  # HC1 t test p-values as lmtest::coeftest would give (t with residual df)
  HC1pValue = unname(2 * pt(-abs(coef(m) / sqrt(diag(vcovHC(m, type = "HC1")))), m$df.residual))
)

# 2. Weighted least squares on datasets::swiss: Fertility ~ Agriculture + Education + Catholic, weights = 1/Infant.Mortality-ish
w <- swiss$Infant.Mortality / mean(swiss$Infant.Mortality)
mw <- lm(Fertility ~ Agriculture + Education + Catholic, data = swiss, weights = w)
sw <- summary(mw)
out$swiss <- list(
  data = list(Fertility = swiss$Fertility, Agriculture = swiss$Agriculture, Education = swiss$Education,
              Catholic = swiss$Catholic, weight = w),
  wls = c(tab(coef(mw), vcov(mw)), list(
    tValue = unname(sw$coefficients[, 3]), pValue = unname(sw$coefficients[, 4]),
    ci90 = unname(confint(mw, level = 0.9)), sigma = sw$sigma, rSquared = sw$r.squared, adjRSquared = sw$adj.r.squared,
    dfResidual = mw$df.residual, fitted = unname(fitted(mw)))),
  wlsHC1 = tab(coef(mw), vcovHC(mw, type = "HC1")),
  wlsHC3 = tab(coef(mw), vcovHC(mw, type = "HC3"))
)

# 3. Cluster-robust on plm::Produc: log(gsp) ~ log(pcap) + log(pc) + log(emp) + unemp, clusters = state
data("Produc", package = "plm")
mp <- lm(log(gsp) ~ log(pcap) + log(pc) + log(emp) + unemp, data = Produc)
out$produc <- list(
  data = list(lgsp = log(Produc$gsp), lpcap = log(Produc$pcap), lpc = log(Produc$pc), lemp = log(Produc$emp),
              unemp = Produc$unemp, state = as.character(Produc$state), year = Produc$year),
  CR1 = tab(coef(mp), vcovCL(mp, cluster = ~state, type = "HC1")),   # Stata: G/(G-1)*(n-1)/(n-k)
  CR0 = tab(coef(mp), vcovCL(mp, cluster = ~state, type = "HC0", cadjust = FALSE)),
  clusters = length(unique(Produc$state)),
  # Wald test of log(pc) = log(emp) = 0 with CR1 vcov, chi-square form
  wald = {
    V <- vcovCL(mp, cluster = ~state, type = "HC1"); b <- coef(mp)[c(3, 4)]; Vb <- V[c(3, 4), c(3, 4)]
    st <- as.numeric(t(b) %*% solve(Vb) %*% b)
    list(statistic = st, df = 2, pValue = pchisq(st, 2, lower.tail = FALSE),
         fStatistic = st / 2, fPValue = pf(st / 2, 2, length(unique(Produc$state)) - 1, lower.tail = FALSE))
  }
)

# 4. Logistic regression: glm(binomial) on mtcars (am ~ wt + hp) and AER::SwissLabor
g <- glm(am ~ wt + hp, data = mtcars, family = binomial)
sg <- summary(g)
out$mtcarsLogit <- c(tab(coef(g), vcov(g)), list(zValue = unname(sg$coefficients[, 3]), pValue = unname(sg$coefficients[, 4]),
  deviance = g$deviance, nullDeviance = g$null.deviance, aic = g$aic, fitted = unname(fitted(g))))
data("SwissLabor", package = "AER")
sl <- SwissLabor
y <- as.numeric(sl$participation == "yes")
g2 <- glm(y ~ income + age + education + youngkids + oldkids + I(foreign == "yes"), data = sl, family = binomial)
sg2 <- summary(g2)
out$swissLabor <- list(
  data = list(participation = y, income = sl$income, age = sl$age, education = sl$education,
              youngkids = sl$youngkids, oldkids = sl$oldkids, foreign = as.numeric(sl$foreign == "yes")),
  logit = c(tab(coef(g2), vcov(g2)), list(zValue = unname(sg2$coefficients[, 3]), pValue = unname(sg2$coefficients[, 4]),
    deviance = g2$deviance, nullDeviance = g2$null.deviance, aic = g2$aic)),
  logitHC0 = tab(coef(g2), vcovHC(g2, type = "HC0"))
)

# 5. Ridge (closed form, intercept unpenalised via centring) on mtcars: mpg ~ wt + hp + qsec, lambda = 5
X <- as.matrix(mtcars[, c("wt", "hp", "qsec")]); yy <- mtcars$mpg
Xc <- scale(X, center = TRUE, scale = FALSE); yc <- yy - mean(yy)
lam <- 5
b <- solve(crossprod(Xc) + lam * diag(3), crossprod(Xc, yc))
b0 <- mean(yy) - sum(colMeans(X) * b)
H <- Xc %*% solve(crossprod(Xc) + lam * diag(3)) %*% t(Xc)
out$ridge <- list(lambda = lam, estimate = c(b0, as.numeric(b)), effectiveDf = 1 + sum(diag(H)))

writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), "linear.json")
cat("wrote linear.json\n")
