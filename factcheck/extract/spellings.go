package extract

// The spellings the rules compare words with (extractor.eq), in
// alphabetical order.
const (
	_ spelling = iota
	wA
	wAbout
	wAbove
	wAccording
	wAct
	wAdditional
	wAdvantage
	wAfter
	wAfternoon
	wAgainst
	wAge
	wAged
	wAges
	wAgo
	wAhead
	wAll
	wAlliance
	wAlmost
	wAlso
	wAlthough
	wAm
	wAmerican
	wAmericans
	wAn
	wAnd
	wAnnual
	wAnnum
	wAnother
	wApi
	wApiece
	wAppeals
	wApproximately
	wAre
	wAround
	wArticle
	wAs
	wAstronomical
	wAt
	wAvailable
	wAverage
	wAway
	wBack
	wBakerS
	wBale
	wBales
	wBand
	wBanking
	wBarely
	wBarrel
	wBased
	wBaseman
	wBasemen
	wBasis
	wBaume
	wBaumeAccented
	wBbl
	wBefore
	wBeginning
	wBehind
	wBeing
	wBelow
	wBest
	wBetter
	wBetween
	wBeyond
	wBig
	wBillion
	wBit
	wBits
	wBoard
	wBonds
	wBonus
	wBrace
	wBrix
	wBrunswick
	wBullion
	wBut
	wBy
	wC
	wCa
	wCabinet
	wCalled
	wCan
	wCargo
	wCelebrate
	wCelebrated
	wCelebrates
	wCelebrating
	wCelsius
	wCent
	wCentigrade
	wCents
	wCenturies
	wCentury
	wCfa
	wChampion
	wChannel
	wChapter
	wChart
	wCharts
	wChoice
	wCif
	wCirca
	wCircuit
	wClass
	wClause
	wClear
	wClocked
	wClocking
	wClose
	wClosed
	wClosing
	wCoal
	wCoalition
	wCoalitions
	wColumbia
	wCome
	wCommencing
	wCompared
	wCompares
	wCongress
	wContinued
	wContract
	wCopyright
	wCould
	wCount
	wCountries
	wCountry
	wCouple
	wCoupon
	wCourt
	wCrore
	wCt
	wCts
	wCu
	wCubic
	wCup
	wCups
	wCurrencies
	wCurrency
	wCurrent
	wCurrently
	wCwt
	wD
	wDaily
	wDate
	wDated
	wDay
	wDays
	wDeadweight
	wDecades
	wDegree
	wDegrees
	wDelivery
	wDividend
	wDlr
	wDlrs
	wDollar
	wDollars
	wDown
	wDozen
	wDrawing
	wDrop
	wDue
	wEach
	wEarlier
	wEarly
	wEarnings
	wEnd
	wEnded
	wEnding
	wEntire
	wEquivalent
	wEstimated
	wEstimates
	wEuro
	wEuropean
	wEvening
	wEver
	wEvery
	wExactly
	wExchange
	wExisting
	wExpectancy
	wExpo
	wExtra
	wF
	wFactor
	wFahrenheit
	wFall
	wFavorite
	wFavourite
	wFee
	wFees
	wFeet
	wFew
	wFewer
	wFiddle
	wFinal
	wFine
	wFinish
	wFinished
	wFirst
	wFiscal
	wFiver
	wFl
	wFluid
	wFob
	wFold
	wFollows
	wFoot
	wFor
	wForecaster
	wForemost
	wForm
	wFourth
	wFourths
	wFrom
	wFuel
	wFull
	wFurther
	wFutures
	wGain
	wGallon
	wGeneration
	wGet
	wGets
	wGiven
	wGo
	wGold
	wGot
	wGovernment
	wGrand
	wGravity
	wGreater
	wGross
	wGroup
	wGt
	wGuess
	wH
	wHalf
	wHand
	wHarvested
	wHeating
	wHeavier
	wHer
	wHigh
	wHigher
	wHis
	wHit
	wHour
	wHours
	wHr
	wHrs
	wHundred
	wIn
	wInch
	wInches
	wInclude
	wIncluded
	wIncludes
	wIncluding
	wIndex
	wIndoor
	wIns
	wInside
	wInstead
	wInterbank
	wInterest
	wIntersection
	wInto
	wIrish
	wIrrigated
	wIs
	wIssue
	wIt
	wIts
	wJersey
	wJuly
	wJune
	wJust
	wK
	wKilometers
	wKilometres
	wKm
	wKn
	wL
	wLaid
	wLakh
	wLane
	wLarge
	wLast
	wLasted
	wLasting
	wLasts
	wLate
	wLater
	wLatter
	wLay
	wLead
	wLease
	wLeast
	wLengths
	wLess
	wLibor
	wLife
	wLight
	wLighter
	wListen
	wLocal
	wLong
	wLoss
	wLow
	wLower
	wLt
	wM
	wMade
	wMagnitude
	wMaking
	wMan
	wMany
	wMark
	wMarking
	wMarks
	wMass
	wMasses
	wMay
	wMb
	wMcf
	wMeteorologist
	wMetric
	wMid
	wMiddle
	wMidnight
	wMight
	wMile
	wMiles
	wMillion
	wMin
	wMins
	wMinus
	wMinutes
	wMmcf
	wMmtpa
	wMonth
	wMore
	wMorning
	wMortgage
	wMost
	wMtpa
	wMuch
	wMy
	wNature
	wNautical
	wNear
	wNearby
	wNearly
	wNeed
	wNegative
	wNet
	wNever
	wNew
	wNext
	wNil
	wNo
	wNobody
	wNone
	wNoon
	wNorth
	wNos
	wNote
	wNotes
	wNought
	wNow
	wNumber
	wOdd
	wOf
	wOff
	wOffered
	wOg
	wOil
	wOld
	wOlder
	wOlds
	wOlympic
	wOn
	wOnce
	wOne
	wOnly
	wOpen
	wOpening
	wOr
	wOriginally
	wOther
	wOur
	wOut
	wOutdoor
	wOutside
	wOver
	wOverweight
	wOwing
	wOwn
	wP
	wPair
	wPalladium
	wPar
	wParties
	wParts
	wParty
	wPassenger
	wPast
	wPay
	wPayable
	wPayment
	wPc
	wPct
	wPeg
	wPegged
	wPen
	wPence
	wPenny
	wPer
	wPercent
	wPercentage
	wPercentages
	wPerson
	wPlace
	wPlanted
	wPlatinum
	wPlato
	wPlus
	wPm
	wPoint
	wPoints
	wPoorS
	wPost
	wPosted
	wPound
	wPounds
	wPre
	wPreferred
	wPresent
	wPrevious
	wPreviously
	wPrice
	wPriced
	wPrior
	wProfit
	wProjected
	wPublished
	wPut
	wQ
	wQtrs
	wQuarter
	wQuarters
	wQuoted
	wRan
	wRange
	wRate
	wRated
	wRates
	wRather
	wRatio
	wReach
	wReached
	wRead
	wReagan
	wRecord
	wRelease
	wReporting
	wRespectively
	wRevenue
	wRevised
	wRichter
	wRight
	wRights
	wRise
	wRoughly
	wRow
	wRows
	wRule
	wRun
	wRunning
	wS
	wSaid
	wSame
	wSays
	wScale
	wScore
	wScores
	wScotia
	wSeat
	wSeater
	wSeats
	wSec
	wSecond
	wSeconds
	wSecs
	wSection
	wSelect
	wSentence
	wServe
	wServed
	wServes
	wSeveral
	wShare
	wShareholders
	wShares
	wShirt
	wShort
	wShot
	wShr
	wShrs
	wShut
	wSilver
	wSince
	wSo
	wSolar
	wSolution
	wSolutions
	wSome
	wSown
	wSpace
	wSpecial
	wSpend
	wSpends
	wSpent
	wSplit
	wSq
	wSquare
	wStage
	wStandard
	wStarting
	wState
	wSteady
	wSterling
	wStill
	wStock
	wStop
	wStops
	wStreet
	wString
	wStrong
	wStronger
	wSurround
	wSwitch
	wTake
	wTakes
	wTaking
	wTall
	wTeam
	wTenner
	wTens
	wTerm
	wTerms
	wTh
	wThan
	wThanks
	wThat
	wThe
	wTheir
	wThem
	wThese
	wThey
	wThing
	wThink
	wThird
	wThirds
	wThis
	wThose
	wThough
	wThoughts
	wThousands
	wThree
	wThrice
	wThrough
	wThs
	wTier
	wTill
	wTime
	wTimed
	wTimes
	wTitle
	wTitles
	wTo
	wToday
	wTon
	wTonne
	wTonnes
	wTons
	wTook
	wTop
	wTotal
	wTraded
	wTrading
	wTrailing
	wTroy
	wTwaddell
	wTwice
	wTwo
	wU
	wUnch
	wUnchanged
	wUnder
	wUnit
	wUnits
	wUntil
	wUp
	wUpdated
	wUs
	wValue
	wVersion
	wVersus
	wVs
	wWall
	wWas
	wWashington
	wWay
	wWeaker
	wWeighted
	wWere
	wWhat
	wWhen
	wWhereas
	wWhich
	wWhichever
	wWhile
	wWhole
	wWhom
	wWill
	wWind
	wWith
	wWithin
	wWithout
	wWoman
	wWorld
	wX
	wYear
	wYears
	wYesterday
	wYoung
	wYounger
	wYour
	wZero
)

// spellingText gives each spelling its text, in lower case.
var spellingText = [...]string{
	wA:             "a",
	wAbout:         "about",
	wAbove:         "above",
	wAccording:     "according",
	wAct:           "act",
	wAdditional:    "additional",
	wAdvantage:     "advantage",
	wAfter:         "after",
	wAfternoon:     "afternoon",
	wAgainst:       "against",
	wAge:           "age",
	wAged:          "aged",
	wAges:          "ages",
	wAgo:           "ago",
	wAhead:         "ahead",
	wAll:           "all",
	wAlliance:      "alliance",
	wAlmost:        "almost",
	wAlso:          "also",
	wAlthough:      "although",
	wAm:            "am",
	wAmerican:      "american",
	wAmericans:     "americans",
	wAn:            "an",
	wAnd:           "and",
	wAnnual:        "annual",
	wAnnum:         "annum",
	wAnother:       "another",
	wApi:           "api",
	wApiece:        "apiece",
	wAppeals:       "appeals",
	wApproximately: "approximately",
	wAre:           "are",
	wAround:        "around",
	wArticle:       "article",
	wAs:            "as",
	wAstronomical:  "astronomical",
	wAt:            "at",
	wAvailable:     "available",
	wAverage:       "average",
	wAway:          "away",
	wBack:          "back",
	wBakerS:        "baker's",
	wBale:          "bale",
	wBales:         "bales",
	wBand:          "band",
	wBanking:       "banking",
	wBarely:        "barely",
	wBarrel:        "barrel",
	wBased:         "based",
	wBaseman:       "baseman",
	wBasemen:       "basemen",
	wBasis:         "basis",
	wBaume:         "baume",
	wBaumeAccented: "baumé",
	wBbl:           "bbl",
	wBefore:        "before",
	wBeginning:     "beginning",
	wBehind:        "behind",
	wBeing:         "being",
	wBelow:         "below",
	wBest:          "best",
	wBetter:        "better",
	wBetween:       "between",
	wBeyond:        "beyond",
	wBig:           "big",
	wBillion:       "billion",
	wBit:           "bit",
	wBits:          "bits",
	wBoard:         "board",
	wBonds:         "bonds",
	wBonus:         "bonus",
	wBrace:         "brace",
	wBrix:          "brix",
	wBrunswick:     "brunswick",
	wBullion:       "bullion",
	wBut:           "but",
	wBy:            "by",
	wC:             "c",
	wCa:            "ca",
	wCabinet:       "cabinet",
	wCalled:        "called",
	wCan:           "can",
	wCargo:         "cargo",
	wCelebrate:     "celebrate",
	wCelebrated:    "celebrated",
	wCelebrates:    "celebrates",
	wCelebrating:   "celebrating",
	wCelsius:       "celsius",
	wCent:          "cent",
	wCentigrade:    "centigrade",
	wCents:         "cents",
	wCenturies:     "centuries",
	wCentury:       "century",
	wCfa:           "cfa",
	wChampion:      "champion",
	wChannel:       "channel",
	wChapter:       "chapter",
	wChart:         "chart",
	wCharts:        "charts",
	wChoice:        "choice",
	wCif:           "cif",
	wCirca:         "circa",
	wCircuit:       "circuit",
	wClass:         "class",
	wClause:        "clause",
	wClear:         "clear",
	wClocked:       "clocked",
	wClocking:      "clocking",
	wClose:         "close",
	wClosed:        "closed",
	wClosing:       "closing",
	wCoal:          "coal",
	wCoalition:     "coalition",
	wCoalitions:    "coalitions",
	wColumbia:      "columbia",
	wCome:          "come",
	wCommencing:    "commencing",
	wCompared:      "compared",
	wCompares:      "compares",
	wCongress:      "congress",
	wContinued:     "continued",
	wContract:      "contract",
	wCopyright:     "copyright",
	wCould:         "could",
	wCount:         "count",
	wCountries:     "countries",
	wCountry:       "country",
	wCouple:        "couple",
	wCoupon:        "coupon",
	wCourt:         "court",
	wCrore:         "crore",
	wCt:            "ct",
	wCts:           "cts",
	wCu:            "cu",
	wCubic:         "cubic",
	wCup:           "cup",
	wCups:          "cups",
	wCurrencies:    "currencies",
	wCurrency:      "currency",
	wCurrent:       "current",
	wCurrently:     "currently",
	wCwt:           "cwt",
	wD:             "d",
	wDaily:         "daily",
	wDate:          "date",
	wDated:         "dated",
	wDay:           "day",
	wDays:          "days",
	wDeadweight:    "deadweight",
	wDecades:       "decades",
	wDegree:        "degree",
	wDegrees:       "degrees",
	wDelivery:      "delivery",
	wDividend:      "dividend",
	wDlr:           "dlr",
	wDlrs:          "dlrs",
	wDollar:        "dollar",
	wDollars:       "dollars",
	wDown:          "down",
	wDozen:         "dozen",
	wDrawing:       "drawing",
	wDrop:          "drop",
	wDue:           "due",
	wEach:          "each",
	wEarlier:       "earlier",
	wEarly:         "early",
	wEarnings:      "earnings",
	wEnd:           "end",
	wEnded:         "ended",
	wEnding:        "ending",
	wEntire:        "entire",
	wEquivalent:    "equivalent",
	wEstimated:     "estimated",
	wEstimates:     "estimates",
	wEuro:          "euro",
	wEuropean:      "european",
	wEvening:       "evening",
	wEver:          "ever",
	wEvery:         "every",
	wExactly:       "exactly",
	wExchange:      "exchange",
	wExisting:      "existing",
	wExpectancy:    "expectancy",
	wExpo:          "expo",
	wExtra:         "extra",
	wF:             "f",
	wFactor:        "factor",
	wFahrenheit:    "fahrenheit",
	wFall:          "fall",
	wFavorite:      "favorite",
	wFavourite:     "favourite",
	wFee:           "fee",
	wFees:          "fees",
	wFeet:          "feet",
	wFew:           "few",
	wFewer:         "fewer",
	wFiddle:        "fiddle",
	wFinal:         "final",
	wFine:          "fine",
	wFinish:        "finish",
	wFinished:      "finished",
	wFirst:         "first",
	wFiscal:        "fiscal",
	wFiver:         "fiver",
	wFl:            "fl",
	wFluid:         "fluid",
	wFob:           "fob",
	wFold:          "fold",
	wFollows:       "follows",
	wFoot:          "foot",
	wFor:           "for",
	wForecaster:    "forecaster",
	wForemost:      "foremost",
	wForm:          "form",
	wFourth:        "fourth",
	wFourths:       "fourths",
	wFrom:          "from",
	wFuel:          "fuel",
	wFull:          "full",
	wFurther:       "further",
	wFutures:       "futures",
	wGain:          "gain",
	wGallon:        "gallon",
	wGeneration:    "generation",
	wGet:           "get",
	wGets:          "gets",
	wGiven:         "given",
	wGo:            "go",
	wGold:          "gold",
	wGot:           "got",
	wGovernment:    "government",
	wGrand:         "grand",
	wGravity:       "gravity",
	wGreater:       "greater",
	wGross:         "gross",
	wGroup:         "group",
	wGt:            "gt",
	wGuess:         "guess",
	wH:             "h",
	wHalf:          "half",
	wHand:          "hand",
	wHarvested:     "harvested",
	wHeating:       "heating",
	wHeavier:       "heavier",
	wHer:           "her",
	wHigh:          "high",
	wHigher:        "higher",
	wHis:           "his",
	wHit:           "hit",
	wHour:          "hour",
	wHours:         "hours",
	wHr:            "hr",
	wHrs:           "hrs",
	wHundred:       "hundred",
	wIn:            "in",
	wInch:          "inch",
	wInches:        "inches",
	wInclude:       "include",
	wIncluded:      "included",
	wIncludes:      "includes",
	wIncluding:     "including",
	wIndex:         "index",
	wIndoor:        "indoor",
	wIns:           "ins",
	wInside:        "inside",
	wInstead:       "instead",
	wInterbank:     "interbank",
	wInterest:      "interest",
	wIntersection:  "intersection",
	wInto:          "into",
	wIrish:         "irish",
	wIrrigated:     "irrigated",
	wIs:            "is",
	wIssue:         "issue",
	wIt:            "it",
	wIts:           "its",
	wJersey:        "jersey",
	wJuly:          "july",
	wJune:          "june",
	wJust:          "just",
	wK:             "k",
	wKilometers:    "kilometers",
	wKilometres:    "kilometres",
	wKm:            "km",
	wKn:            "kn",
	wL:             "l",
	wLaid:          "laid",
	wLakh:          "lakh",
	wLane:          "lane",
	wLarge:         "large",
	wLast:          "last",
	wLasted:        "lasted",
	wLasting:       "lasting",
	wLasts:         "lasts",
	wLate:          "late",
	wLater:         "later",
	wLatter:        "latter",
	wLay:           "lay",
	wLead:          "lead",
	wLease:         "lease",
	wLeast:         "least",
	wLengths:       "lengths",
	wLess:          "less",
	wLibor:         "libor",
	wLife:          "life",
	wLight:         "light",
	wLighter:       "lighter",
	wListen:        "listen",
	wLocal:         "local",
	wLong:          "long",
	wLoss:          "loss",
	wLow:           "low",
	wLower:         "lower",
	wLt:            "lt",
	wM:             "m",
	wMade:          "made",
	wMagnitude:     "magnitude",
	wMaking:        "making",
	wMan:           "man",
	wMany:          "many",
	wMark:          "mark",
	wMarking:       "marking",
	wMarks:         "marks",
	wMass:          "mass",
	wMasses:        "masses",
	wMay:           "may",
	wMb:            "mb",
	wMcf:           "mcf",
	wMeteorologist: "meteorologist",
	wMetric:        "metric",
	wMid:           "mid",
	wMiddle:        "middle",
	wMidnight:      "midnight",
	wMight:         "might",
	wMile:          "mile",
	wMiles:         "miles",
	wMillion:       "million",
	wMin:           "min",
	wMins:          "mins",
	wMinus:         "minus",
	wMinutes:       "minutes",
	wMmcf:          "mmcf",
	wMmtpa:         "mmtpa",
	wMonth:         "month",
	wMore:          "more",
	wMorning:       "morning",
	wMortgage:      "mortgage",
	wMost:          "most",
	wMtpa:          "mtpa",
	wMuch:          "much",
	wMy:            "my",
	wNature:        "nature",
	wNautical:      "nautical",
	wNear:          "near",
	wNearby:        "nearby",
	wNearly:        "nearly",
	wNeed:          "need",
	wNegative:      "negative",
	wNet:           "net",
	wNever:         "never",
	wNew:           "new",
	wNext:          "next",
	wNil:           "nil",
	wNo:            "no",
	wNobody:        "nobody",
	wNone:          "none",
	wNoon:          "noon",
	wNorth:         "north",
	wNos:           "nos",
	wNote:          "note",
	wNotes:         "notes",
	wNought:        "nought",
	wNow:           "now",
	wNumber:        "number",
	wOdd:           "odd",
	wOf:            "of",
	wOff:           "off",
	wOffered:       "offered",
	wOg:            "og",
	wOil:           "oil",
	wOld:           "old",
	wOlder:         "older",
	wOlds:          "olds",
	wOlympic:       "olympic",
	wOn:            "on",
	wOnce:          "once",
	wOne:           "one",
	wOnly:          "only",
	wOpen:          "open",
	wOpening:       "opening",
	wOr:            "or",
	wOriginally:    "originally",
	wOther:         "other",
	wOur:           "our",
	wOut:           "out",
	wOutdoor:       "outdoor",
	wOutside:       "outside",
	wOver:          "over",
	wOverweight:    "overweight",
	wOwing:         "owing",
	wOwn:           "own",
	wP:             "p",
	wPair:          "pair",
	wPalladium:     "palladium",
	wPar:           "par",
	wParties:       "parties",
	wParts:         "parts",
	wParty:         "party",
	wPassenger:     "passenger",
	wPast:          "past",
	wPay:           "pay",
	wPayable:       "payable",
	wPayment:       "payment",
	wPc:            "pc",
	wPct:           "pct",
	wPeg:           "peg",
	wPegged:        "pegged",
	wPen:           "pen",
	wPence:         "pence",
	wPenny:         "penny",
	wPer:           "per",
	wPercent:       "percent",
	wPercentage:    "percentage",
	wPercentages:   "percentages",
	wPerson:        "person",
	wPlace:         "place",
	wPlanted:       "planted",
	wPlatinum:      "platinum",
	wPlato:         "plato",
	wPlus:          "plus",
	wPm:            "pm",
	wPoint:         "point",
	wPoints:        "points",
	wPoorS:         "poor's",
	wPost:          "post",
	wPosted:        "posted",
	wPound:         "pound",
	wPounds:        "pounds",
	wPre:           "pre",
	wPreferred:     "preferred",
	wPresent:       "present",
	wPrevious:      "previous",
	wPreviously:    "previously",
	wPrice:         "price",
	wPriced:        "priced",
	wPrior:         "prior",
	wProfit:        "profit",
	wProjected:     "projected",
	wPublished:     "published",
	wPut:           "put",
	wQ:             "q",
	wQtrs:          "qtrs",
	wQuarter:       "quarter",
	wQuarters:      "quarters",
	wQuoted:        "quoted",
	wRan:           "ran",
	wRange:         "range",
	wRate:          "rate",
	wRated:         "rated",
	wRates:         "rates",
	wRather:        "rather",
	wRatio:         "ratio",
	wReach:         "reach",
	wReached:       "reached",
	wRead:          "read",
	wReagan:        "reagan",
	wRecord:        "record",
	wRelease:       "release",
	wReporting:     "reporting",
	wRespectively:  "respectively",
	wRevenue:       "revenue",
	wRevised:       "revised",
	wRichter:       "richter",
	wRight:         "right",
	wRights:        "rights",
	wRise:          "rise",
	wRoughly:       "roughly",
	wRow:           "row",
	wRows:          "rows",
	wRule:          "rule",
	wRun:           "run",
	wRunning:       "running",
	wS:             "s",
	wSaid:          "said",
	wSame:          "same",
	wSays:          "says",
	wScale:         "scale",
	wScore:         "score",
	wScores:        "scores",
	wScotia:        "scotia",
	wSeat:          "seat",
	wSeater:        "seater",
	wSeats:         "seats",
	wSec:           "sec",
	wSecond:        "second",
	wSeconds:       "seconds",
	wSecs:          "secs",
	wSection:       "section",
	wSelect:        "select",
	wSentence:      "sentence",
	wServe:         "serve",
	wServed:        "served",
	wServes:        "serves",
	wSeveral:       "several",
	wShare:         "share",
	wShareholders:  "shareholders",
	wShares:        "shares",
	wShirt:         "shirt",
	wShort:         "short",
	wShot:          "shot",
	wShr:           "shr",
	wShrs:          "shrs",
	wShut:          "shut",
	wSilver:        "silver",
	wSince:         "since",
	wSo:            "so",
	wSolar:         "solar",
	wSolution:      "solution",
	wSolutions:     "solutions",
	wSome:          "some",
	wSown:          "sown",
	wSpace:         "space",
	wSpecial:       "special",
	wSpend:         "spend",
	wSpends:        "spends",
	wSpent:         "spent",
	wSplit:         "split",
	wSq:            "sq",
	wSquare:        "square",
	wStage:         "stage",
	wStandard:      "standard",
	wStarting:      "starting",
	wState:         "state",
	wSteady:        "steady",
	wSterling:      "sterling",
	wStill:         "still",
	wStock:         "stock",
	wStop:          "stop",
	wStops:         "stops",
	wStreet:        "street",
	wString:        "string",
	wStrong:        "strong",
	wStronger:      "stronger",
	wSurround:      "surround",
	wSwitch:        "switch",
	wTake:          "take",
	wTakes:         "takes",
	wTaking:        "taking",
	wTall:          "tall",
	wTeam:          "team",
	wTenner:        "tenner",
	wTens:          "tens",
	wTerm:          "term",
	wTerms:         "terms",
	wTh:            "th",
	wThan:          "than",
	wThanks:        "thanks",
	wThat:          "that",
	wThe:           "the",
	wTheir:         "their",
	wThem:          "them",
	wThese:         "these",
	wThey:          "they",
	wThing:         "thing",
	wThink:         "think",
	wThird:         "third",
	wThirds:        "thirds",
	wThis:          "this",
	wThose:         "those",
	wThough:        "though",
	wThoughts:      "thoughts",
	wThousands:     "thousands",
	wThree:         "three",
	wThrice:        "thrice",
	wThrough:       "through",
	wThs:           "ths",
	wTier:          "tier",
	wTill:          "till",
	wTime:          "time",
	wTimed:         "timed",
	wTimes:         "times",
	wTitle:         "title",
	wTitles:        "titles",
	wTo:            "to",
	wToday:         "today",
	wTon:           "ton",
	wTonne:         "tonne",
	wTonnes:        "tonnes",
	wTons:          "tons",
	wTook:          "took",
	wTop:           "top",
	wTotal:         "total",
	wTraded:        "traded",
	wTrading:       "trading",
	wTrailing:      "trailing",
	wTroy:          "troy",
	wTwaddell:      "twaddell",
	wTwice:         "twice",
	wTwo:           "two",
	wU:             "u",
	wUnch:          "unch",
	wUnchanged:     "unchanged",
	wUnder:         "under",
	wUnit:          "unit",
	wUnits:         "units",
	wUntil:         "until",
	wUp:            "up",
	wUpdated:       "updated",
	wUs:            "us",
	wValue:         "value",
	wVersion:       "version",
	wVersus:        "versus",
	wVs:            "vs",
	wWall:          "wall",
	wWas:           "was",
	wWashington:    "washington",
	wWay:           "way",
	wWeaker:        "weaker",
	wWeighted:      "weighted",
	wWere:          "were",
	wWhat:          "what",
	wWhen:          "when",
	wWhereas:       "whereas",
	wWhich:         "which",
	wWhichever:     "whichever",
	wWhile:         "while",
	wWhole:         "whole",
	wWhom:          "whom",
	wWill:          "will",
	wWind:          "wind",
	wWith:          "with",
	wWithin:        "within",
	wWithout:       "without",
	wWoman:         "woman",
	wWorld:         "world",
	wX:             "x",
	wYear:          "year",
	wYears:         "years",
	wYesterday:     "yesterday",
	wYoung:         "young",
	wYounger:       "younger",
	wYour:          "your",
	wZero:          "zero",
}
