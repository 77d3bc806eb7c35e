# R's optim on test functions, for src/optim/minimizeVmmin.test.ts (method "BFGS" = vmmin) and
# src/optim/minimizeNelderMead.test.ts (method "Nelder-Mead" = nmmin).
# Run: Rscript packages/core/reference/optimR.R   (writes optimR.json beside this script)
library(jsonlite)
fr <- function(x) 100 * (x[2] - x[1]^2)^2 + (1 - x[1])^2
grr <- function(x) c(-400 * x[1] * (x[2] - x[1]^2) - 2 * (1 - x[1]), 200 * (x[2] - x[1]^2))
cases <- list()
for (spec in list(list(x0 = c(-1.2, 1), g = TRUE, maxit = 100, reltol = 1e-8),
                  list(x0 = c(-1.2, 1), g = FALSE, maxit = 100, reltol = 1e-8),
                  list(x0 = c(2, -1), g = TRUE, maxit = 500, reltol = sqrt(.Machine$double.eps)),
                  list(x0 = c(-1.2, 1), g = TRUE, maxit = 10, reltol = 1e-8))) {
  r <- optim(spec$x0, fr, if (spec$g) grr else NULL, method = "BFGS", control = list(maxit = spec$maxit, reltol = spec$reltol))
  cases[[length(cases) + 1]] <- list(x0 = spec$x0, gradient = spec$g, maxit = spec$maxit, reltol = spec$reltol,
    par = r$par, value = r$value, fncount = unname(r$counts[1]), grcount = unname(r$counts[2]), convergence = r$convergence)
}
beale <- function(x) (1.5 - x[1] + x[1] * x[2])^2 + (2.25 - x[1] + x[1] * x[2]^2)^2 + (2.625 - x[1] + x[1] * x[2]^3)^2
himmelblau <- function(x) (x[1]^2 + x[2] - 11)^2 + (x[1] + x[2]^2 - 7)^2
fns <- list(rosenbrock = fr, beale = beale, himmelblau = himmelblau)
nm <- list()
for (spec in list(list(f = "rosenbrock", x0 = c(-1.2, 1), maxit = 500, reltol = sqrt(.Machine$double.eps)),
                  list(f = "rosenbrock", x0 = c(-1.2, 1), maxit = 100, reltol = sqrt(.Machine$double.eps)),
                  list(f = "beale", x0 = c(1, 1), maxit = 1000, reltol = 1e-12),
                  list(f = "himmelblau", x0 = c(0, 0), maxit = 500, reltol = 1e-10),
                  list(f = "rosenbrock", x0 = c(0, 0, 0), maxit = 2000, reltol = 1e-10))) {
  f <- if (length(spec$x0) == 3) function(x) sum(100 * (x[-1] - x[-3]^2)^2 + (1 - x[-3])^2) else fns[[spec$f]]
  r <- optim(spec$x0, f, method = "Nelder-Mead", control = list(maxit = spec$maxit, reltol = spec$reltol))
  nm[[length(nm) + 1]] <- list(f = spec$f, x0 = spec$x0, maxit = spec$maxit, reltol = spec$reltol, par = r$par, value = r$value, fncount = unname(r$counts[1]), convergence = r$convergence)
}
args <- commandArgs(trailingOnly = FALSE)
here <- dirname(sub("--file=", "", args[grep("--file=", args)]))
writeLines(toJSON(list(R = R.version.string, vmmin = cases, nelderMead = nm), auto_unbox = TRUE, digits = I(17)), file.path(here, "optimR.json"))
