# Reference for regression with ARIMA errors (fitArima xreg) and Fourier terms (fourierTerms,
# harmonicRegressionForecast): R forecast's Arima(xreg =), fourier() and auto.arima(xreg = fourier()).
# Run: Rscript xregArima.R > xregArima.json
suppressMessages(library(forecast))
library(jsonlite)
y <- ts(as.numeric(USAccDeaths), frequency = 12)
X <- fourier(y, K = 2)
Xf <- fourier(y, K = 2, h = 12)
fit <- Arima(y, order = c(1, 1, 1), xreg = X)
fc <- forecast(fit, xreg = Xf, level = 95)
fit0 <- Arima(y, order = c(1, 0, 0), xreg = X)
fc0 <- forecast(fit0, xreg = Xf, level = 95)
auto <- auto.arima(y, xreg = X, seasonal = FALSE)
fcA <- forecast(auto, xreg = Xf, level = 95)
# a price regressor (simulated once here) with AR(1) errors
set.seed(7)
n <- 80
price <- round(10 + cumsum(rnorm(n, 0, 0.3)), 2)
e <- arima.sim(list(ar = 0.6), n, sd = 2)
sales <- round(200 - 6 * price + e, 3)
pfuture <- c(10.5, 10.8, 11, 9.5, 9.5)
fitP <- Arima(sales, order = c(1, 0, 0), xreg = cbind(price = price))
fcP <- forecast(fitP, xreg = cbind(price = pfuture), level = 95)
# multiple seasonality: fourier terms of msts(c(24, 168)) (first 3 rows and the h = 2 future rows)
z <- msts(1:400, seasonal.periods = c(24, 168))
F2 <- fourier(z, K = c(3, 2))
F2f <- fourier(z, K = c(3, 2), h = 2)
out <- list(
  usaccdeaths = list(
    x = as.numeric(y),
    fourier = list(names = colnames(X), first = unname(X[1:3, ]), future_first = unname(Xf[1, ])),
    arima111 = list(coef = as.list(coef(fit)), sigma2 = fit$sigma2, loglik = fit$loglik, aicc = fit$aicc, name = as.character(fit),
                    mean = as.numeric(fc$mean), lower = as.numeric(fc$lower), upper = as.numeric(fc$upper)),
    arima100 = list(coef = as.list(coef(fit0)), sigma2 = fit0$sigma2, loglik = fit0$loglik, name = as.character(fit0),
                    mean = as.numeric(fc0$mean), lower = as.numeric(fc0$lower), upper = as.numeric(fc0$upper)),
    auto = list(name = as.character(auto), arma = auto$arma, mean = as.numeric(fcA$mean))
  ),
  price = list(sales = as.numeric(sales), price = price, future = pfuture,
               coef = as.list(coef(fitP)), sigma2 = fitP$sigma2, loglik = fitP$loglik, name = as.character(fitP),
               mean = as.numeric(fcP$mean), lower = as.numeric(fcP$lower), upper = as.numeric(fcP$upper)),
  msts = list(names = colnames(F2), first = unname(F2[1:3, ]), future = unname(F2f))
)
cat(toJSON(out, digits = NA, auto_unbox = TRUE))
