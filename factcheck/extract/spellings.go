package extract

// The spellings the rules compare words with (extractor.eq, extractor.spAt), in
// alphabetical order.
const (
	_ spelling = iota
	wA
	wAbout
	wAbove
	wAc
	wAccording
	wAct
	wAdded
	wAdditional
	wAdm
	wAdvances
	wAdvantage
	wAfter
	wAfternoon
	wAgainst
	wAge
	wAged
	wAges
	wAgo
	wAhead
	wAircraft
	wAirliner
	wAirliners
	wAl
	wAlberta
	wAll
	wAlliance
	wAlmost
	wAlso
	wAlta
	wAlthough
	wAm
	wAmerican
	wAmericans
	wAn
	wAnd
	wAngle
	wAngles
	wAnnual
	wAnnually
	wAnnum
	wAnother
	wAnywhere
	wApi
	wApiece
	wAppeals
	wApprox
	wApproximately
	wApr
	wArc
	wAre
	wArea
	wAround
	wArt
	wArticle
	wAs
	wAsp
	wAspx
	wAssets
	wAstronomical
	wAt
	wAug
	wAvailable
	wAve
	wAverage
	wAway
	wBack
	wBackwardation
	wBake
	wBaked
	wBakerS
	wBaking
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
	wBcf
	wBcm
	wBe
	wBecame
	wBecome
	wBecoming
	wBeen
	wBefore
	wBeginning
	wBehind
	wBeing
	wBelow
	wBenchmark
	wBest
	wBestseller
	wBestsellers
	wBetter
	wBetween
	wBeyond
	wBig
	wBigger
	wBillion
	wBit
	wBits
	wBloc
	wBlvd
	wBoard
	wBond
	wBonds
	wBonus
	wBook
	wBoosted
	wBox
	wBrace
	wBritish
	wBrix
	wBroil
	wBros
	wBrunswick
	wBullion
	wBut
	wBy
	wC
	wCa
	wCabinet
	wCall
	wCalled
	wCalling
	wCalls
	wCan
	wCannot
	wCapital
	wCapt
	wCargo
	wCash
	wCelebrate
	wCelebrated
	wCelebrates
	wCelebrating
	wCelsius
	wCent
	wCenti
	wCentigrade
	wCents
	wCenturies
	wCentury
	wCf
	wCfa
	wCh
	wChampion
	wChampionship
	wChampionships
	wChannel
	wChapter
	wCharged
	wChart
	wCharts
	wCheaper
	wChoice
	wCif
	wCirca
	wCircuit
	wClass
	wClause
	wClear
	wClimbed
	wClocked
	wClocking
	wClose
	wClosed
	wClosing
	wCloudy
	wCo
	wCoal
	wCoalition
	wCoalitions
	wCol
	wColumbia
	wCom
	wCome
	wComing
	wCommencing
	wCommon
	wCompared
	wCompares
	wCompensatory
	wCondensate
	wCongress
	wContango
	wContinued
	wContract
	wCopyright
	wCorp
	wCould
	wCount
	wCountries
	wCountry
	wCouple
	wCoupon
	wCourt
	wCpl
	wCrore
	wCrown
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
	wCut
	wCuts
	wCwt
	wD
	wDaily
	wDate
	wDated
	wDay
	wDays
	wDe
	wDeadweight
	wDearer
	wDebentures
	wDec
	wDecades
	wDecline
	wDeclined
	wDeclines
	wDecreased
	wDeep
	wDegree
	wDegrees
	wDelayed
	wDelivery
	wDeposit
	wDeposits
	wDepressed
	wDept
	wDet
	wDial
	wDialed
	wDialing
	wDialled
	wDialling
	wDials
	wDiamond
	wDiamonds
	wDie
	wDied
	wDies
	wDiscount
	wDistribution
	wDividend
	wDlr
	wDlrs
	wDollar
	wDollars
	wDown
	wDozen
	wDr
	wDrawing
	wDrizzle
	wDrop
	wDropped
	wDrove
	wDue
	wDying
	wEach
	wEarlier
	wEarly
	wEarnings
	wEased
	wEasier
	wEast
	wEdu
	wElected
	wEmerald
	wEnd
	wEnded
	wEnding
	wEnter
	wEntered
	wEntire
	wEquity
	wEquivalent
	wEst
	wEstimate
	wEstimated
	wEstimates
	wEstimating
	wEtc
	wEu
	wEuro
	wEurobond
	wEurobonds
	wEuropean
	wEvening
	wEver
	wEvery
	wExactly
	wExchange
	wExchanged
	wExisting
	wExpectancy
	wExpire
	wExpires
	wExpiring
	wExpo
	wExtended
	wExtending
	wExtends
	wExtra
	wF
	wFactor
	wFahrenheit
	wFair
	wFall
	wFalls
	wFavorite
	wFavourite
	wFeb
	wFee
	wFees
	wFeet
	wFell
	wFew
	wFewer
	wFibor
	wFiddle
	wFig
	wFigure
	wFiled
	wFiling
	wFilings
	wFinal
	wFine
	wFinish
	wFinished
	wFirmed
	wFirmer
	wFirst
	wFiscal
	wFiver
	wFl
	wFleet
	wFlow
	wFlowed
	wFlowing
	wFlows
	wFluid
	wFob
	wFog
	wFoggy
	wFold
	wFollowing
	wFollows
	wFoot
	wFor
	wForecast
	wForecaster
	wForecasts
	wForemost
	wForm
	wForms
	wFourth
	wFourths
	wFr
	wFreighter
	wFreighters
	wFrom
	wFt
	wFuel
	wFull
	wFurther
	wFutures
	wGain
	wGained
	wGains
	wGallon
	wGame
	wGas
	wGen
	wGeneration
	wGet
	wGets
	wGiga
	wGiven
	wGo
	wGold
	wGot
	wGov
	wGovernment
	wGrand
	wGravity
	wGreater
	wGross
	wGroup
	wGrowth
	wGt
	wGuess
	wH
	wHalf
	wHalted
	wHand
	wHarvested
	wHazy
	wHe
	wHeat
	wHeating
	wHeats
	wHeavier
	wHer
	wHigh
	wHigher
	wHim
	wHis
	wHit
	wHolding
	wHole
	wHon
	wHour
	wHours
	wHr
	wHrs
	wHtm
	wHtml
	wHundred
	wHurdles
	wI
	wIdled
	wIl
	wIn
	wInc
	wInch
	wInches
	wIncline
	wInclude
	wIncluded
	wIncludes
	wIncluding
	wIncome
	wIncrease
	wIncreased
	wIncreases
	wIndex
	wIndoor
	wInflation
	wInfo
	wIns
	wInside
	wInsp
	wInstead
	wInt
	wInterbank
	wInterest
	wIntersection
	wInto
	wIo
	wIrish
	wIrrigated
	wIs
	wIssue
	wIssues
	wIt
	wIts
	wJan
	wJersey
	wJet
	wJetliner
	wJetliners
	wJets
	wJr
	wJul
	wJuly
	wJumbo
	wJumbos
	wJumped
	wJun
	wJune
	wJust
	wK
	wKilo
	wKilometers
	wKilometres
	wKm
	wKn
	wKnocked
	wL
	wLaid
	wLakh
	wLane
	wLap
	wLarge
	wLarger
	wLast
	wLasted
	wLasting
	wLasts
	wLate
	wLater
	wLatitude
	wLatter
	wLay
	wLb
	wLbs
	wLead
	wLease
	wLeast
	wLeave
	wLeaving
	wLeft
	wLeg
	wLengths
	wLess
	wLevel
	wLibid
	wLibor
	wLife
	wLifted
	wLight
	wLighter
	wLine
	wListen
	wLittle
	wLive
	wLived
	wLives
	wLiving
	wLng
	wLoan
	wLocal
	wLong
	wLongitude
	wLoss
	wLosses
	wLost
	wLow
	wLower
	wLt
	wLtd
	wM
	wMade
	wMagnitude
	wMaj
	wMaking
	wMan
	wManitoba
	wMany
	wMar
	wMark
	wMarking
	wMarks
	wMarried
	wMass
	wMasses
	wMatch
	wMature
	wMatures
	wMaturing
	wMay
	wMb
	wMca
	wMcas
	wMcf
	wMcm
	wMe
	wMeasures
	wMeasuring
	wMega
	wMeteorologist
	wMetric
	wMid
	wMiddle
	wMidnight
	wMight
	wMile
	wMiles
	wMilli
	wMillion
	wMin
	wMins
	wMinus
	wMinutes
	wMmcf
	wMmtpa
	wMonth
	wMonthly
	wMore
	wMorning
	wMortgage
	wMost
	wMr
	wMrs
	wMs
	wMt
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
	wNewfoundland
	wNext
	wNil
	wNo
	wNobody
	wNone
	wNoon
	wNorth
	wNos
	wNot
	wNote
	wNotes
	wNought
	wNov
	wNova
	wNow
	wNumber
	wOct
	wOdd
	wOf
	wOff
	wOffered
	wOffering
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
	wOnt
	wOntario
	wOp
	wOpen
	wOpened
	wOpening
	wOr
	wOrg
	wOriginally
	wOther
	wOur
	wOut
	wOutdoor
	wOutput
	wOutside
	wOven
	wOvens
	wOver
	wOvercast
	wOverweight
	wOwing
	wOwn
	wOwned
	wOwnership
	wP
	wPaid
	wPair
	wPalladium
	wPaper
	wPar
	wPara
	wPart
	wParties
	wPartnership
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
	wPhase
	wPhoned
	wPhp
	wPibor
	wPipeline
	wPitch
	wPlace
	wPlacement
	wPlane
	wPlanes
	wPlanted
	wPlatinum
	wPlato
	wPlc
	wPlunged
	wPlus
	wPm
	wPoint
	wPoints
	wPoll
	wPolls
	wPoorS
	wPost
	wPosted
	wPostponed
	wPound
	wPounds
	wPp
	wPre
	wPreceding
	wPreferred
	wPreheat
	wPreheated
	wPres
	wPresent
	wPrevious
	wPreviously
	wPrice
	wPriced
	wPrime
	wPrior
	wProduction
	wProf
	wProfit
	wProfits
	wProjected
	wProjection
	wPs
	wPublished
	wPushed
	wPut
	wPuts
	wPutting
	wQ
	wQtrs
	wQuarter
	wQuarters
	wQue
	wQuebec
	wQuoted
	wRace
	wRain
	wRainy
	wRaise
	wRaising
	wRan
	wRang
	wRange
	wRanged
	wRanges
	wRanging
	wRanked
	wRanking
	wRankings
	wRate
	wRated
	wRates
	wRather
	wRatio
	wRd
	wReach
	wReached
	wRead
	wReagan
	wRecent
	wRecord
	wRecorded
	wRecords
	wReduction
	wReductions
	wRelay
	wRelease
	wRemaining
	wRep
	wReport
	wReported
	wReporting
	wReports
	wReserves
	wRespectively
	wRetire
	wRetired
	wRetires
	wRetiring
	wReturn
	wReturns
	wRev
	wRevenue
	wRevenues
	wRevised
	wRichter
	wRight
	wRights
	wRise
	wRises
	wRoast
	wRoasted
	wRose
	wRotation
	wRoughly
	wRound
	wRow
	wRows
	wRuby
	wRule
	wRun
	wRunning
	wS
	wSaid
	wSales
	wSame
	wSapphire
	wSask
	wSaskatchewan
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
	wSeed
	wSeeded
	wSeen
	wSelect
	wSen
	wSent
	wSentence
	wSep
	wSept
	wServe
	wServed
	wServes
	wSeveral
	wSgt
	wShare
	wShareholders
	wShareholding
	wShares
	wShe
	wShed
	wShirt
	wShort
	wShot
	wShr
	wShrs
	wShut
	wSilver
	wSince
	wSlipped
	wSlope
	wSlumped
	wSmaller
	wSnow
	wSo
	wSoared
	wSolar
	wSolitaire
	wSolution
	wSolutions
	wSome
	wSoon
	wSouth
	wSown
	wSpace
	wSpanning
	wSpecial
	wSpend
	wSpends
	wSpent
	wSplit
	wSplits
	wSprint
	wSq
	wSquare
	wSr
	wSt
	wStage
	wStake
	wStandard
	wStandings
	wStarting
	wState
	wStatement
	wStay
	wStayed
	wStaying
	wStays
	wSteady
	wSterling
	wStill
	wStock
	wStocks
	wStone
	wStood
	wStop
	wStopped
	wStops
	wStreet
	wStrengthened
	wStretched
	wStretches
	wStretching
	wString
	wStrong
	wStronger
	wSunny
	wSupt
	wSurround
	wSurvey
	wSurvive
	wSurvived
	wSuspended
	wSwitch
	wT
	wTake
	wTakes
	wTaking
	wTall
	wTarget
	wTcf
	wTeam
	wTenner
	wTens
	wTera
	wTerm
	wTerms
	wTest
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
	wTilt
	wTime
	wTimed
	wTimes
	wTitle
	wTitles
	wTo
	wToday
	wTomorrow
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
	wTreasuries
	wTreasury
	wTroy
	wTumbled
	wTurn
	wTurns
	wTwaddell
	wTwice
	wTwo
	wU
	wUk
	wUnch
	wUnchanged
	wUnder
	wUnit
	wUnits
	wUniv
	wUntil
	wUp
	wUpdated
	wUs
	wV
	wValue
	wVaried
	wVaries
	wVary
	wVarying
	wVersion
	wVersus
	wVictory
	wView
	wViews
	wVol
	wVs
	wWall
	wWar
	wWarrant
	wWarrants
	wWas
	wWashington
	wWay
	wWeakened
	wWeaker
	wWear
	wWearing
	wWears
	wWeek
	wWeekly
	wWeigh
	wWeighed
	wWeighing
	wWeighs
	wWeight
	wWeighted
	wWell
	wWells
	wWere
	wWest
	wWhat
	wWhen
	wWhereas
	wWhich
	wWhichever
	wWhile
	wWhite
	wWhole
	wWhom
	wWide
	wWill
	wWin
	wWind
	wWindy
	wWins
	wWith
	wWithin
	wWithout
	wWoman
	wWon
	wWore
	wWork
	wWorked
	wWorking
	wWorks
	wWorld
	wWorth
	wX
	wYear
	wYearly
	wYears
	wYellow
	wYesterday
	wYield
	wYields
	wYoung
	wYounger
	wYour
	wZero
	wZone
)

// spellingText gives each spelling its text, in lower case.
var spellingText = [...]string{
	wA:             "a",
	wAbout:         "about",
	wAbove:         "above",
	wAc:            "ac",
	wAccording:     "according",
	wAct:           "act",
	wAdded:         "added",
	wAdditional:    "additional",
	wAdm:           "adm",
	wAdvances:      "advances",
	wAdvantage:     "advantage",
	wAfter:         "after",
	wAfternoon:     "afternoon",
	wAgainst:       "against",
	wAge:           "age",
	wAged:          "aged",
	wAges:          "ages",
	wAgo:           "ago",
	wAhead:         "ahead",
	wAircraft:      "aircraft",
	wAirliner:      "airliner",
	wAirliners:     "airliners",
	wAl:            "al",
	wAlberta:       "alberta",
	wAll:           "all",
	wAlliance:      "alliance",
	wAlmost:        "almost",
	wAlso:          "also",
	wAlta:          "alta",
	wAlthough:      "although",
	wAm:            "am",
	wAmerican:      "american",
	wAmericans:     "americans",
	wAn:            "an",
	wAnd:           "and",
	wAngle:         "angle",
	wAngles:        "angles",
	wAnnual:        "annual",
	wAnnually:      "annually",
	wAnnum:         "annum",
	wAnother:       "another",
	wAnywhere:      "anywhere",
	wApi:           "api",
	wApiece:        "apiece",
	wAppeals:       "appeals",
	wApprox:        "approx",
	wApproximately: "approximately",
	wApr:           "apr",
	wArc:           "arc",
	wAre:           "are",
	wArea:          "area",
	wAround:        "around",
	wArt:           "art",
	wArticle:       "article",
	wAs:            "as",
	wAsp:           "asp",
	wAspx:          "aspx",
	wAssets:        "assets",
	wAstronomical:  "astronomical",
	wAt:            "at",
	wAug:           "aug",
	wAvailable:     "available",
	wAve:           "ave",
	wAverage:       "average",
	wAway:          "away",
	wBack:          "back",
	wBackwardation: "backwardation",
	wBake:          "bake",
	wBaked:         "baked",
	wBakerS:        "baker's",
	wBaking:        "baking",
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
	wBcf:           "bcf",
	wBcm:           "bcm",
	wBe:            "be",
	wBecame:        "became",
	wBecome:        "become",
	wBecoming:      "becoming",
	wBeen:          "been",
	wBefore:        "before",
	wBeginning:     "beginning",
	wBehind:        "behind",
	wBeing:         "being",
	wBelow:         "below",
	wBenchmark:     "benchmark",
	wBest:          "best",
	wBestseller:    "bestseller",
	wBestsellers:   "bestsellers",
	wBetter:        "better",
	wBetween:       "between",
	wBeyond:        "beyond",
	wBig:           "big",
	wBigger:        "bigger",
	wBillion:       "billion",
	wBit:           "bit",
	wBits:          "bits",
	wBloc:          "bloc",
	wBlvd:          "blvd",
	wBoard:         "board",
	wBond:          "bond",
	wBonds:         "bonds",
	wBonus:         "bonus",
	wBook:          "book",
	wBoosted:       "boosted",
	wBox:           "box",
	wBrace:         "brace",
	wBritish:       "british",
	wBrix:          "brix",
	wBroil:         "broil",
	wBros:          "bros",
	wBrunswick:     "brunswick",
	wBullion:       "bullion",
	wBut:           "but",
	wBy:            "by",
	wC:             "c",
	wCa:            "ca",
	wCabinet:       "cabinet",
	wCall:          "call",
	wCalled:        "called",
	wCalling:       "calling",
	wCalls:         "calls",
	wCan:           "can",
	wCannot:        "cannot",
	wCapital:       "capital",
	wCapt:          "capt",
	wCargo:         "cargo",
	wCash:          "cash",
	wCelebrate:     "celebrate",
	wCelebrated:    "celebrated",
	wCelebrates:    "celebrates",
	wCelebrating:   "celebrating",
	wCelsius:       "celsius",
	wCent:          "cent",
	wCenti:         "centi",
	wCentigrade:    "centigrade",
	wCents:         "cents",
	wCenturies:     "centuries",
	wCentury:       "century",
	wCf:            "cf",
	wCfa:           "cfa",
	wCh:            "ch",
	wChampion:      "champion",
	wChampionship:  "championship",
	wChampionships: "championships",
	wChannel:       "channel",
	wChapter:       "chapter",
	wCharged:       "charged",
	wChart:         "chart",
	wCharts:        "charts",
	wCheaper:       "cheaper",
	wChoice:        "choice",
	wCif:           "cif",
	wCirca:         "circa",
	wCircuit:       "circuit",
	wClass:         "class",
	wClause:        "clause",
	wClear:         "clear",
	wClimbed:       "climbed",
	wClocked:       "clocked",
	wClocking:      "clocking",
	wClose:         "close",
	wClosed:        "closed",
	wClosing:       "closing",
	wCloudy:        "cloudy",
	wCo:            "co",
	wCoal:          "coal",
	wCoalition:     "coalition",
	wCoalitions:    "coalitions",
	wCol:           "col",
	wColumbia:      "columbia",
	wCom:           "com",
	wCome:          "come",
	wComing:        "coming",
	wCommencing:    "commencing",
	wCommon:        "common",
	wCompared:      "compared",
	wCompares:      "compares",
	wCompensatory:  "compensatory",
	wCondensate:    "condensate",
	wCongress:      "congress",
	wContango:      "contango",
	wContinued:     "continued",
	wContract:      "contract",
	wCopyright:     "copyright",
	wCorp:          "corp",
	wCould:         "could",
	wCount:         "count",
	wCountries:     "countries",
	wCountry:       "country",
	wCouple:        "couple",
	wCoupon:        "coupon",
	wCourt:         "court",
	wCpl:           "cpl",
	wCrore:         "crore",
	wCrown:         "crown",
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
	wCut:           "cut",
	wCuts:          "cuts",
	wCwt:           "cwt",
	wD:             "d",
	wDaily:         "daily",
	wDate:          "date",
	wDated:         "dated",
	wDay:           "day",
	wDays:          "days",
	wDe:            "de",
	wDeadweight:    "deadweight",
	wDearer:        "dearer",
	wDebentures:    "debentures",
	wDec:           "dec",
	wDecades:       "decades",
	wDecline:       "decline",
	wDeclined:      "declined",
	wDeclines:      "declines",
	wDecreased:     "decreased",
	wDeep:          "deep",
	wDegree:        "degree",
	wDegrees:       "degrees",
	wDelayed:       "delayed",
	wDelivery:      "delivery",
	wDeposit:       "deposit",
	wDeposits:      "deposits",
	wDepressed:     "depressed",
	wDept:          "dept",
	wDet:           "det",
	wDial:          "dial",
	wDialed:        "dialed",
	wDialing:       "dialing",
	wDialled:       "dialled",
	wDialling:      "dialling",
	wDials:         "dials",
	wDiamond:       "diamond",
	wDiamonds:      "diamonds",
	wDie:           "die",
	wDied:          "died",
	wDies:          "dies",
	wDiscount:      "discount",
	wDistribution:  "distribution",
	wDividend:      "dividend",
	wDlr:           "dlr",
	wDlrs:          "dlrs",
	wDollar:        "dollar",
	wDollars:       "dollars",
	wDown:          "down",
	wDozen:         "dozen",
	wDr:            "dr",
	wDrawing:       "drawing",
	wDrizzle:       "drizzle",
	wDrop:          "drop",
	wDropped:       "dropped",
	wDrove:         "drove",
	wDue:           "due",
	wDying:         "dying",
	wEach:          "each",
	wEarlier:       "earlier",
	wEarly:         "early",
	wEarnings:      "earnings",
	wEased:         "eased",
	wEasier:        "easier",
	wEast:          "east",
	wEdu:           "edu",
	wElected:       "elected",
	wEmerald:       "emerald",
	wEnd:           "end",
	wEnded:         "ended",
	wEnding:        "ending",
	wEnter:         "enter",
	wEntered:       "entered",
	wEntire:        "entire",
	wEquity:        "equity",
	wEquivalent:    "equivalent",
	wEst:           "est",
	wEstimate:      "estimate",
	wEstimated:     "estimated",
	wEstimates:     "estimates",
	wEstimating:    "estimating",
	wEtc:           "etc",
	wEu:            "eu",
	wEuro:          "euro",
	wEurobond:      "eurobond",
	wEurobonds:     "eurobonds",
	wEuropean:      "european",
	wEvening:       "evening",
	wEver:          "ever",
	wEvery:         "every",
	wExactly:       "exactly",
	wExchange:      "exchange",
	wExchanged:     "exchanged",
	wExisting:      "existing",
	wExpectancy:    "expectancy",
	wExpire:        "expire",
	wExpires:       "expires",
	wExpiring:      "expiring",
	wExpo:          "expo",
	wExtended:      "extended",
	wExtending:     "extending",
	wExtends:       "extends",
	wExtra:         "extra",
	wF:             "f",
	wFactor:        "factor",
	wFahrenheit:    "fahrenheit",
	wFair:          "fair",
	wFall:          "fall",
	wFalls:         "falls",
	wFavorite:      "favorite",
	wFavourite:     "favourite",
	wFeb:           "feb",
	wFee:           "fee",
	wFees:          "fees",
	wFeet:          "feet",
	wFell:          "fell",
	wFew:           "few",
	wFewer:         "fewer",
	wFibor:         "fibor",
	wFiddle:        "fiddle",
	wFig:           "fig",
	wFigure:        "figure",
	wFiled:         "filed",
	wFiling:        "filing",
	wFilings:       "filings",
	wFinal:         "final",
	wFine:          "fine",
	wFinish:        "finish",
	wFinished:      "finished",
	wFirmed:        "firmed",
	wFirmer:        "firmer",
	wFirst:         "first",
	wFiscal:        "fiscal",
	wFiver:         "fiver",
	wFl:            "fl",
	wFleet:         "fleet",
	wFlow:          "flow",
	wFlowed:        "flowed",
	wFlowing:       "flowing",
	wFlows:         "flows",
	wFluid:         "fluid",
	wFob:           "fob",
	wFog:           "fog",
	wFoggy:         "foggy",
	wFold:          "fold",
	wFollowing:     "following",
	wFollows:       "follows",
	wFoot:          "foot",
	wFor:           "for",
	wForecast:      "forecast",
	wForecaster:    "forecaster",
	wForecasts:     "forecasts",
	wForemost:      "foremost",
	wForm:          "form",
	wForms:         "forms",
	wFourth:        "fourth",
	wFourths:       "fourths",
	wFr:            "fr",
	wFreighter:     "freighter",
	wFreighters:    "freighters",
	wFrom:          "from",
	wFt:            "ft",
	wFuel:          "fuel",
	wFull:          "full",
	wFurther:       "further",
	wFutures:       "futures",
	wGain:          "gain",
	wGained:        "gained",
	wGains:         "gains",
	wGallon:        "gallon",
	wGame:          "game",
	wGas:           "gas",
	wGen:           "gen",
	wGeneration:    "generation",
	wGet:           "get",
	wGets:          "gets",
	wGiga:          "giga",
	wGiven:         "given",
	wGo:            "go",
	wGold:          "gold",
	wGot:           "got",
	wGov:           "gov",
	wGovernment:    "government",
	wGrand:         "grand",
	wGravity:       "gravity",
	wGreater:       "greater",
	wGross:         "gross",
	wGroup:         "group",
	wGrowth:        "growth",
	wGt:            "gt",
	wGuess:         "guess",
	wH:             "h",
	wHalf:          "half",
	wHalted:        "halted",
	wHand:          "hand",
	wHarvested:     "harvested",
	wHazy:          "hazy",
	wHe:            "he",
	wHeat:          "heat",
	wHeating:       "heating",
	wHeats:         "heats",
	wHeavier:       "heavier",
	wHer:           "her",
	wHigh:          "high",
	wHigher:        "higher",
	wHim:           "him",
	wHis:           "his",
	wHit:           "hit",
	wHolding:       "holding",
	wHole:          "hole",
	wHon:           "hon",
	wHour:          "hour",
	wHours:         "hours",
	wHr:            "hr",
	wHrs:           "hrs",
	wHtm:           "htm",
	wHtml:          "html",
	wHundred:       "hundred",
	wHurdles:       "hurdles",
	wI:             "i",
	wIdled:         "idled",
	wIl:            "il",
	wIn:            "in",
	wInc:           "inc",
	wInch:          "inch",
	wInches:        "inches",
	wIncline:       "incline",
	wInclude:       "include",
	wIncluded:      "included",
	wIncludes:      "includes",
	wIncluding:     "including",
	wIncome:        "income",
	wIncrease:      "increase",
	wIncreased:     "increased",
	wIncreases:     "increases",
	wIndex:         "index",
	wIndoor:        "indoor",
	wInflation:     "inflation",
	wInfo:          "info",
	wIns:           "ins",
	wInside:        "inside",
	wInsp:          "insp",
	wInstead:       "instead",
	wInt:           "int",
	wInterbank:     "interbank",
	wInterest:      "interest",
	wIntersection:  "intersection",
	wInto:          "into",
	wIo:            "io",
	wIrish:         "irish",
	wIrrigated:     "irrigated",
	wIs:            "is",
	wIssue:         "issue",
	wIssues:        "issues",
	wIt:            "it",
	wIts:           "its",
	wJan:           "jan",
	wJersey:        "jersey",
	wJet:           "jet",
	wJetliner:      "jetliner",
	wJetliners:     "jetliners",
	wJets:          "jets",
	wJr:            "jr",
	wJul:           "jul",
	wJuly:          "july",
	wJumbo:         "jumbo",
	wJumbos:        "jumbos",
	wJumped:        "jumped",
	wJun:           "jun",
	wJune:          "june",
	wJust:          "just",
	wK:             "k",
	wKilo:          "kilo",
	wKilometers:    "kilometers",
	wKilometres:    "kilometres",
	wKm:            "km",
	wKn:            "kn",
	wKnocked:       "knocked",
	wL:             "l",
	wLaid:          "laid",
	wLakh:          "lakh",
	wLane:          "lane",
	wLap:           "lap",
	wLarge:         "large",
	wLarger:        "larger",
	wLast:          "last",
	wLasted:        "lasted",
	wLasting:       "lasting",
	wLasts:         "lasts",
	wLate:          "late",
	wLater:         "later",
	wLatitude:      "latitude",
	wLatter:        "latter",
	wLay:           "lay",
	wLb:            "lb",
	wLbs:           "lbs",
	wLead:          "lead",
	wLease:         "lease",
	wLeast:         "least",
	wLeave:         "leave",
	wLeaving:       "leaving",
	wLeft:          "left",
	wLeg:           "leg",
	wLengths:       "lengths",
	wLess:          "less",
	wLevel:         "level",
	wLibid:         "libid",
	wLibor:         "libor",
	wLife:          "life",
	wLifted:        "lifted",
	wLight:         "light",
	wLighter:       "lighter",
	wLine:          "line",
	wListen:        "listen",
	wLittle:        "little",
	wLive:          "live",
	wLived:         "lived",
	wLives:         "lives",
	wLiving:        "living",
	wLng:           "lng",
	wLoan:          "loan",
	wLocal:         "local",
	wLong:          "long",
	wLongitude:     "longitude",
	wLoss:          "loss",
	wLosses:        "losses",
	wLost:          "lost",
	wLow:           "low",
	wLower:         "lower",
	wLt:            "lt",
	wLtd:           "ltd",
	wM:             "m",
	wMade:          "made",
	wMagnitude:     "magnitude",
	wMaj:           "maj",
	wMaking:        "making",
	wMan:           "man",
	wManitoba:      "manitoba",
	wMany:          "many",
	wMar:           "mar",
	wMark:          "mark",
	wMarking:       "marking",
	wMarks:         "marks",
	wMarried:       "married",
	wMass:          "mass",
	wMasses:        "masses",
	wMatch:         "match",
	wMature:        "mature",
	wMatures:       "matures",
	wMaturing:      "maturing",
	wMay:           "may",
	wMb:            "mb",
	wMca:           "mca",
	wMcas:          "mcas",
	wMcf:           "mcf",
	wMcm:           "mcm",
	wMe:            "me",
	wMeasures:      "measures",
	wMeasuring:     "measuring",
	wMega:          "mega",
	wMeteorologist: "meteorologist",
	wMetric:        "metric",
	wMid:           "mid",
	wMiddle:        "middle",
	wMidnight:      "midnight",
	wMight:         "might",
	wMile:          "mile",
	wMiles:         "miles",
	wMilli:         "milli",
	wMillion:       "million",
	wMin:           "min",
	wMins:          "mins",
	wMinus:         "minus",
	wMinutes:       "minutes",
	wMmcf:          "mmcf",
	wMmtpa:         "mmtpa",
	wMonth:         "month",
	wMonthly:       "monthly",
	wMore:          "more",
	wMorning:       "morning",
	wMortgage:      "mortgage",
	wMost:          "most",
	wMr:            "mr",
	wMrs:           "mrs",
	wMs:            "ms",
	wMt:            "mt",
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
	wNewfoundland:  "newfoundland",
	wNext:          "next",
	wNil:           "nil",
	wNo:            "no",
	wNobody:        "nobody",
	wNone:          "none",
	wNoon:          "noon",
	wNorth:         "north",
	wNos:           "nos",
	wNot:           "not",
	wNote:          "note",
	wNotes:         "notes",
	wNought:        "nought",
	wNov:           "nov",
	wNova:          "nova",
	wNow:           "now",
	wNumber:        "number",
	wOct:           "oct",
	wOdd:           "odd",
	wOf:            "of",
	wOff:           "off",
	wOffered:       "offered",
	wOffering:      "offering",
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
	wOnt:           "ont",
	wOntario:       "ontario",
	wOp:            "op",
	wOpen:          "open",
	wOpened:        "opened",
	wOpening:       "opening",
	wOr:            "or",
	wOrg:           "org",
	wOriginally:    "originally",
	wOther:         "other",
	wOur:           "our",
	wOut:           "out",
	wOutdoor:       "outdoor",
	wOutput:        "output",
	wOutside:       "outside",
	wOven:          "oven",
	wOvens:         "ovens",
	wOver:          "over",
	wOvercast:      "overcast",
	wOverweight:    "overweight",
	wOwing:         "owing",
	wOwn:           "own",
	wOwned:         "owned",
	wOwnership:     "ownership",
	wP:             "p",
	wPaid:          "paid",
	wPair:          "pair",
	wPalladium:     "palladium",
	wPaper:         "paper",
	wPar:           "par",
	wPara:          "para",
	wPart:          "part",
	wParties:       "parties",
	wPartnership:   "partnership",
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
	wPhase:         "phase",
	wPhoned:        "phoned",
	wPhp:           "php",
	wPibor:         "pibor",
	wPipeline:      "pipeline",
	wPitch:         "pitch",
	wPlace:         "place",
	wPlacement:     "placement",
	wPlane:         "plane",
	wPlanes:        "planes",
	wPlanted:       "planted",
	wPlatinum:      "platinum",
	wPlato:         "plato",
	wPlc:           "plc",
	wPlunged:       "plunged",
	wPlus:          "plus",
	wPm:            "pm",
	wPoint:         "point",
	wPoints:        "points",
	wPoll:          "poll",
	wPolls:         "polls",
	wPoorS:         "poor's",
	wPost:          "post",
	wPosted:        "posted",
	wPostponed:     "postponed",
	wPound:         "pound",
	wPounds:        "pounds",
	wPp:            "pp",
	wPre:           "pre",
	wPreceding:     "preceding",
	wPreferred:     "preferred",
	wPreheat:       "preheat",
	wPreheated:     "preheated",
	wPres:          "pres",
	wPresent:       "present",
	wPrevious:      "previous",
	wPreviously:    "previously",
	wPrice:         "price",
	wPriced:        "priced",
	wPrime:         "prime",
	wPrior:         "prior",
	wProduction:    "production",
	wProf:          "prof",
	wProfit:        "profit",
	wProfits:       "profits",
	wProjected:     "projected",
	wProjection:    "projection",
	wPs:            "ps",
	wPublished:     "published",
	wPushed:        "pushed",
	wPut:           "put",
	wPuts:          "puts",
	wPutting:       "putting",
	wQ:             "q",
	wQtrs:          "qtrs",
	wQuarter:       "quarter",
	wQuarters:      "quarters",
	wQue:           "que",
	wQuebec:        "quebec",
	wQuoted:        "quoted",
	wRace:          "race",
	wRain:          "rain",
	wRainy:         "rainy",
	wRaise:         "raise",
	wRaising:       "raising",
	wRan:           "ran",
	wRang:          "rang",
	wRange:         "range",
	wRanged:        "ranged",
	wRanges:        "ranges",
	wRanging:       "ranging",
	wRanked:        "ranked",
	wRanking:       "ranking",
	wRankings:      "rankings",
	wRate:          "rate",
	wRated:         "rated",
	wRates:         "rates",
	wRather:        "rather",
	wRatio:         "ratio",
	wRd:            "rd",
	wReach:         "reach",
	wReached:       "reached",
	wRead:          "read",
	wReagan:        "reagan",
	wRecent:        "recent",
	wRecord:        "record",
	wRecorded:      "recorded",
	wRecords:       "records",
	wReduction:     "reduction",
	wReductions:    "reductions",
	wRelay:         "relay",
	wRelease:       "release",
	wRemaining:     "remaining",
	wRep:           "rep",
	wReport:        "report",
	wReported:      "reported",
	wReporting:     "reporting",
	wReports:       "reports",
	wReserves:      "reserves",
	wRespectively:  "respectively",
	wRetire:        "retire",
	wRetired:       "retired",
	wRetires:       "retires",
	wRetiring:      "retiring",
	wReturn:        "return",
	wReturns:       "returns",
	wRev:           "rev",
	wRevenue:       "revenue",
	wRevenues:      "revenues",
	wRevised:       "revised",
	wRichter:       "richter",
	wRight:         "right",
	wRights:        "rights",
	wRise:          "rise",
	wRises:         "rises",
	wRoast:         "roast",
	wRoasted:       "roasted",
	wRose:          "rose",
	wRotation:      "rotation",
	wRoughly:       "roughly",
	wRound:         "round",
	wRow:           "row",
	wRows:          "rows",
	wRuby:          "ruby",
	wRule:          "rule",
	wRun:           "run",
	wRunning:       "running",
	wS:             "s",
	wSaid:          "said",
	wSales:         "sales",
	wSame:          "same",
	wSapphire:      "sapphire",
	wSask:          "sask",
	wSaskatchewan:  "saskatchewan",
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
	wSeed:          "seed",
	wSeeded:        "seeded",
	wSeen:          "seen",
	wSelect:        "select",
	wSen:           "sen",
	wSent:          "sent",
	wSentence:      "sentence",
	wSep:           "sep",
	wSept:          "sept",
	wServe:         "serve",
	wServed:        "served",
	wServes:        "serves",
	wSeveral:       "several",
	wSgt:           "sgt",
	wShare:         "share",
	wShareholders:  "shareholders",
	wShareholding:  "shareholding",
	wShares:        "shares",
	wShe:           "she",
	wShed:          "shed",
	wShirt:         "shirt",
	wShort:         "short",
	wShot:          "shot",
	wShr:           "shr",
	wShrs:          "shrs",
	wShut:          "shut",
	wSilver:        "silver",
	wSince:         "since",
	wSlipped:       "slipped",
	wSlope:         "slope",
	wSlumped:       "slumped",
	wSmaller:       "smaller",
	wSnow:          "snow",
	wSo:            "so",
	wSoared:        "soared",
	wSolar:         "solar",
	wSolitaire:     "solitaire",
	wSolution:      "solution",
	wSolutions:     "solutions",
	wSome:          "some",
	wSoon:          "soon",
	wSouth:         "south",
	wSown:          "sown",
	wSpace:         "space",
	wSpanning:      "spanning",
	wSpecial:       "special",
	wSpend:         "spend",
	wSpends:        "spends",
	wSpent:         "spent",
	wSplit:         "split",
	wSplits:        "splits",
	wSprint:        "sprint",
	wSq:            "sq",
	wSquare:        "square",
	wSr:            "sr",
	wSt:            "st",
	wStage:         "stage",
	wStake:         "stake",
	wStandard:      "standard",
	wStandings:     "standings",
	wStarting:      "starting",
	wState:         "state",
	wStatement:     "statement",
	wStay:          "stay",
	wStayed:        "stayed",
	wStaying:       "staying",
	wStays:         "stays",
	wSteady:        "steady",
	wSterling:      "sterling",
	wStill:         "still",
	wStock:         "stock",
	wStocks:        "stocks",
	wStone:         "stone",
	wStood:         "stood",
	wStop:          "stop",
	wStopped:       "stopped",
	wStops:         "stops",
	wStreet:        "street",
	wStrengthened:  "strengthened",
	wStretched:     "stretched",
	wStretches:     "stretches",
	wStretching:    "stretching",
	wString:        "string",
	wStrong:        "strong",
	wStronger:      "stronger",
	wSunny:         "sunny",
	wSupt:          "supt",
	wSurround:      "surround",
	wSurvey:        "survey",
	wSurvive:       "survive",
	wSurvived:      "survived",
	wSuspended:     "suspended",
	wSwitch:        "switch",
	wT:             "t",
	wTake:          "take",
	wTakes:         "takes",
	wTaking:        "taking",
	wTall:          "tall",
	wTarget:        "target",
	wTcf:           "tcf",
	wTeam:          "team",
	wTenner:        "tenner",
	wTens:          "tens",
	wTera:          "tera",
	wTerm:          "term",
	wTerms:         "terms",
	wTest:          "test",
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
	wTilt:          "tilt",
	wTime:          "time",
	wTimed:         "timed",
	wTimes:         "times",
	wTitle:         "title",
	wTitles:        "titles",
	wTo:            "to",
	wToday:         "today",
	wTomorrow:      "tomorrow",
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
	wTreasuries:    "treasuries",
	wTreasury:      "treasury",
	wTroy:          "troy",
	wTumbled:       "tumbled",
	wTurn:          "turn",
	wTurns:         "turns",
	wTwaddell:      "twaddell",
	wTwice:         "twice",
	wTwo:           "two",
	wU:             "u",
	wUk:            "uk",
	wUnch:          "unch",
	wUnchanged:     "unchanged",
	wUnder:         "under",
	wUnit:          "unit",
	wUnits:         "units",
	wUniv:          "univ",
	wUntil:         "until",
	wUp:            "up",
	wUpdated:       "updated",
	wUs:            "us",
	wV:             "v",
	wValue:         "value",
	wVaried:        "varied",
	wVaries:        "varies",
	wVary:          "vary",
	wVarying:       "varying",
	wVersion:       "version",
	wVersus:        "versus",
	wVictory:       "victory",
	wView:          "view",
	wViews:         "views",
	wVol:           "vol",
	wVs:            "vs",
	wWall:          "wall",
	wWar:           "war",
	wWarrant:       "warrant",
	wWarrants:      "warrants",
	wWas:           "was",
	wWashington:    "washington",
	wWay:           "way",
	wWeakened:      "weakened",
	wWeaker:        "weaker",
	wWear:          "wear",
	wWearing:       "wearing",
	wWears:         "wears",
	wWeek:          "week",
	wWeekly:        "weekly",
	wWeigh:         "weigh",
	wWeighed:       "weighed",
	wWeighing:      "weighing",
	wWeighs:        "weighs",
	wWeight:        "weight",
	wWeighted:      "weighted",
	wWell:          "well",
	wWells:         "wells",
	wWere:          "were",
	wWest:          "west",
	wWhat:          "what",
	wWhen:          "when",
	wWhereas:       "whereas",
	wWhich:         "which",
	wWhichever:     "whichever",
	wWhile:         "while",
	wWhite:         "white",
	wWhole:         "whole",
	wWhom:          "whom",
	wWide:          "wide",
	wWill:          "will",
	wWin:           "win",
	wWind:          "wind",
	wWindy:         "windy",
	wWins:          "wins",
	wWith:          "with",
	wWithin:        "within",
	wWithout:       "without",
	wWoman:         "woman",
	wWon:           "won",
	wWore:          "wore",
	wWork:          "work",
	wWorked:        "worked",
	wWorking:       "working",
	wWorks:         "works",
	wWorld:         "world",
	wWorth:         "worth",
	wX:             "x",
	wYear:          "year",
	wYearly:        "yearly",
	wYears:         "years",
	wYellow:        "yellow",
	wYesterday:     "yesterday",
	wYield:         "yield",
	wYields:        "yields",
	wYoung:         "young",
	wYounger:       "younger",
	wYour:          "your",
	wZero:          "zero",
	wZone:          "zone",
}
