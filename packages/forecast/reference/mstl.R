# Reference values for src/mstl (R forecast::mstl / stlf / mstl on msts data).
# Run: Rscript packages/forecast/reference/mstl.R  (writes mstl.json next to this script)
library(forecast); library(jsonlite)
out <- list(version = as.character(packageVersion("forecast")))
# taylor: half-hourly electricity demand, periods 48 and 336; the first four weeks
y <- msts(as.numeric(taylor)[1:1344], seasonal.periods = c(48, 336))
d <- mstl(y)
out$taylor <- list(x = as.numeric(y), periods = c(48, 336),
  trend = as.numeric(d[, "Trend"]), seasonal48 = as.numeric(d[, "Seasonal48"]),
  seasonal336 = as.numeric(d[, "Seasonal336"]), remainder = as.numeric(d[, "Remainder"]))
f <- stlf(y, h = 48)
out$taylor$stlf <- list(h = 48, model = f$model$method, mean = as.numeric(f$mean))
fa <- forecast(d, h = 48, method = "naive")
out$taylor$naive <- as.numeric(fa$mean)
# a day ahead from the first 27 days: stlf with the daily period only, and with day + week
tr <- as.numeric(taylor)[1:(1344 - 48)]
out$dayahead <- list(train_n = 1296, h = 48,
  stlf48 = as.numeric(stlf(ts(tr, frequency = 48), h = 48)$mean),
  stlf48_336 = as.numeric(stlf(msts(tr, seasonal.periods = c(48, 336)), h = 48)$mean))
# a monthly series with one period (mstl = stl with s.window 11)
z <- ts(as.numeric(USAccDeaths), frequency = 12)
dz <- mstl(z)
out$usaccdeaths <- list(x = as.numeric(z), periods = 12, trend = as.numeric(dz[, "Trend"]),
  seasonal12 = as.numeric(dz[, "Seasonal12"]))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), file.path(dirname(sub("--file=", "", grep("--file=", commandArgs(FALSE), value = TRUE))), "mstl.json"))
