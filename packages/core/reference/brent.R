# Independent references for @dpm/core's Brent root finder and minimiser (src/optim/brent.ts).
# Run: Rscript brent.R   (writes brent.json beside this script; the tests read only the JSON)
# R: stats::uniroot (zeroin) and stats::optimize (Brent_fmin) on classic test functions, at R's
# default tolerance and at a tight one. The TypeScript test defines the same functions by id.
suppressPackageStartupMessages(library(jsonlite))

roots <- list(
  list(id = "sqrt2", f = function(x) x^2 - 2, lower = 0, upper = 2),
  list(id = "dottie", f = function(x) cos(x) - x, lower = 0, upper = 1),
  list(id = "wallis", f = function(x) x^3 - 2 * x - 5, lower = 2, upper = 3),
  list(id = "omega", f = function(x) exp(-x) - x, lower = 0, upper = 1),
  list(id = "logPlusX", f = function(x) log(x) + x, lower = 0.1, upper = 1),
  list(id = "quintic", f = function(x) (x - 1)^5, lower = 0, upper = 3),
  list(id = "xexp", f = function(x) x * exp(x) - 10, lower = 0, upper = 5)
)
mins <- list(
  list(id = "quadratic", f = function(x) (x - 1 / 3)^2, lower = 0, upper = 1),
  list(id = "sine", f = function(x) sin(x), lower = 0, upper = 2 * pi),
  list(id = "quartic", f = function(x) x^4 - 3 * x^3 + 2, lower = 0, upper = 5),
  list(id = "absolute", f = function(x) abs(x - 0.7), lower = 0, upper = 2),
  list(id = "expLinear", f = function(x) exp(x) - 2 * x, lower = 0, upper = 2),
  list(id = "gaussianDip", f = function(x) -dnorm(x, 1.5, 0.5), lower = 0, upper = 4)
)
tols <- list(default = .Machine$double.eps^0.25, tight = 1e-10)

out <- list(root = list(), minimum = list())
for (r in roots) for (t in names(tols)) {
  u <- uniroot(r$f, c(r$lower, r$upper), tol = tols[[t]], maxiter = 1000)
  out$root[[length(out$root) + 1]] <- list(id = r$id, tolerance = tols[[t]], lower = r$lower, upper = r$upper,
    root = u$root, fRoot = u$f.root, iter = u$iter, estimPrec = u$estim.prec)
}
for (m in mins) for (t in names(tols)) {
  o <- optimize(m$f, c(m$lower, m$upper), tol = tols[[t]])
  out$minimum[[length(out$minimum) + 1]] <- list(id = m$id, tolerance = tols[[t]], lower = m$lower, upper = m$upper,
    minimum = o$minimum, objective = o$objective)
}
out$r <- R.version.string
writeLines(toJSON(out, auto_unbox = TRUE, digits = I(17), pretty = TRUE), "brent.json")
