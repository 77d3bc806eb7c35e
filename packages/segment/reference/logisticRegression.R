# Reference for src/churn/logisticRegression.test.ts.
# Run from this folder:  Rscript logisticRegression.R   (writes logisticRegression.json)
# Data: 500 simulated customers (R's own RNG), churn ~ recency (days) + frequency (orders).
# Our model z-scores each feature with the population sd (divisor n), so
#   l2 = 0     -> glm(churn ~ z1 + z2, binomial) on those z-scores (intercept and coefficients);
#   l2 = 0.001 -> maximise mean loglik - l2/2 * (b1^2 + b2^2) with optim(BFGS, analytic gradient)
#                 and then Newton polish steps on the same objective (written out here, not ours).
library(jsonlite)
set.seed(20261207)
n <- 500
recency <- round(rexp(n, 1 / 60))
frequency <- rpois(n, 3) + 1
eta <- -1 + 0.02 * recency - 0.4 * frequency
churn <- rbinom(n, 1, plogis(eta))
z <- function(v) (v - mean(v)) / sqrt(mean((v - mean(v))^2))
Z <- cbind(z(recency), z(frequency))
g <- glm(churn ~ Z, family = binomial, control = glm.control(epsilon = 1e-14, maxit = 100))
A <- cbind(1, Z)
pen <- c(0, 1, 1)
ridge <- function(l2) {
  f <- function(b) { e <- A %*% b; -mean(churn * e - log1p(exp(e))) + l2 / 2 * sum(pen * b^2) }
  gr <- function(b) { mu <- plogis(A %*% b); as.numeric(-crossprod(A, churn - mu) / n + l2 * pen * b) }
  b <- optim(c(0, 0, 0), f, gr, method = "BFGS", control = list(reltol = 1e-16, maxit = 1000))$par
  for (k in 1:3) {
    mu <- as.numeric(plogis(A %*% b))
    H <- crossprod(A * (mu * (1 - mu)), A) / n + diag(l2 * pen)
    b <- b - solve(H, gr(b))
  }
  list(l2 = l2, estimate = b, gradientMax = max(abs(gr(b))))
}
out <- list(
  R = R.version.string,
  data = list(recency = recency, frequency = frequency, churn = churn),
  glm = list(l2 = 0, estimate = unname(coef(g)), deviance = g$deviance),
  ridge = ridge(0.001)
)
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), "logisticRegression.json")
