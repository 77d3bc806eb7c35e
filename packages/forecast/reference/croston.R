# Reference for crostonForecast: R forecast::croston (Croston 1972 with R's simple SES starts).
# Run: Rscript croston.R > croston.json
suppressMessages(library(forecast))
library(jsonlite)
set.seed(11)
a <- c(0, 0, 3, 0, 0, 0, 5, 0, 2, 0, 0, 0, 0, 4, 0, 0, 6, 0, 0, 1, 0, 0, 0, 3)
b <- rpois(60, 0.4) * rpois(60, 3)
one <- c(0, 0, 0, 7, 0, 0)
cases <- list(a = a, b = b, one = one)
out <- lapply(cases, function(y) list(
  x = y,
  a01 = as.numeric(croston(y, h = 5, alpha = 0.1)$mean),
  a03 = as.numeric(croston(y, h = 5, alpha = 0.3)$mean),
  fitted01 = as.numeric(fitted(croston(y, h = 5, alpha = 0.1)))
))
cat(toJSON(out, digits = NA, auto_unbox = TRUE, na = "null"))
