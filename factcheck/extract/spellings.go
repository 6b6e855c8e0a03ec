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
	wAccount
	wAct
	wAdded
	wAdditional
	wAdm
	wAdvance
	wAdvances
	wAdvantage
	wAfter
	wAfternoon
	wAfterward
	wAfterwards
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
	wApproved
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
	wAuction
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
	wBallot
	wBallots
	wBand
	wBanking
	wBarely
	wBarrel
	wBased
	wBaseman
	wBasemen
	wBasis
	wBasket
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
	wBill
	wBillion
	wBills
	wBit
	wBits
	wBloc
	wBlvd
	wBoard
	wBond
	wBonds
	wBonus
	wBook
	wBookies
	wBookmaker
	wBookmakers
	wBoosted
	wBox
	wBrace
	wBritish
	wBrix
	wBroil
	wBros
	wBrother
	wBrowser
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
	wCase
	wCash
	wCasualties
	wCasualty
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
	wChild
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
	wConceded
	wConcedes
	wConceding
	wCondensate
	wConfirms
	wCongress
	wContango
	wContinued
	wContract
	wContracts
	wConversion
	wCopper
	wCopyright
	wCorp
	wCost
	wCosts
	wCould
	wCount
	wCountries
	wCountry
	wCouple
	wCoupon
	wCourt
	wCpl
	wCreep
	wCreeps
	wCrept
	wCrore
	wCrown
	wCrowns
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
	wDaughter
	wDay
	wDays
	wDe
	wDeadline
	wDeadweight
	wDearer
	wDeath
	wDeaths
	wDebentures
	wDec
	wDecades
	wDecision
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
	wDinar
	wDinars
	wDirective
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
	wEarn
	wEarned
	wEarnings
	wEarns
	wEased
	wEasier
	wEast
	wEastern
	wEconomies
	wEdge
	wEdged
	wEdges
	wEdition
	wEdu
	wElected
	wElection
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
	wFatalities
	wFatality
	wFavorite
	wFavorites
	wFavourite
	wFavourites
	wFeb
	wFee
	wFeeds
	wFees
	wFeet
	wFell
	wFew
	wFewer
	wFibor
	wFiddle
	wFig
	wFigure
	wFile
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
	wGaining
	wGains
	wGallon
	wGame
	wGas
	wGen
	wGeneration
	wGet
	wGets
	wGetting
	wGiga
	wGilts
	wGiven
	wGo
	wGoal
	wGoes
	wGoing
	wGold
	wGone
	wGot
	wGov
	wGovernment
	wGovernments
	wGrand
	wGrandchild
	wGranddaughter
	wGrandson
	wGravity
	wGreater
	wGrew
	wGross
	wGroup
	wGrowth
	wGt
	wGuess
	wH
	wHad
	wHalf
	wHalted
	wHand
	wHarvested
	wHas
	wHave
	wHazy
	wHe
	wHearing
	wHeat
	wHeating
	wHeats
	wHeavier
	wHeld
	wHer
	wHigh
	wHigher
	wHim
	wHis
	wHit
	wHold
	wHolding
	wHolds
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
	wImage
	wImages
	wImplies
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
	wIndicates
	wIndoor
	wInflation
	wInfo
	wInjured
	wInjures
	wInjuries
	wInjuring
	wInjury
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
	wItem
	wItems
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
	wJump
	wJumped
	wJun
	wJune
	wJust
	wK
	wKernel
	wKicked
	wKicking
	wKicks
	wKill
	wKilled
	wKilling
	wKills
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
	wLeaves
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
	wLose
	wLoses
	wLosing
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
	wMajority
	wMakes
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
	wMeans
	wMeanwhile
	wMeasures
	wMeasuring
	wMeeting
	wMega
	wMembers
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
	wNations
	wNature
	wNautical
	wNear
	wNearby
	wNearly
	wNeed
	wNegative
	wNet
	wNets
	wNetted
	wNever
	wNew
	wNewfoundland
	wNext
	wNickel
	wNil
	wNo
	wNobody
	wNone
	wNoon
	wNorth
	wNorthern
	wNos
	wNot
	wNotch
	wNotches
	wNote
	wNotes
	wNought
	wNov
	wNova
	wNow
	wNumber
	wOct
	wOdd
	wOdds
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
	wOrder
	wOre
	wOrg
	wOriginally
	wOther
	wOur
	wOut
	wOutdoor
	wOutput
	wOutside
	wOutsider
	wOven
	wOvens
	wOver
	wOvercast
	wOverridden
	wOverride
	wOverrode
	wOverweight
	wOwing
	wOwn
	wOwned
	wOwnership
	wP
	wPage
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
	wPassed
	wPassenger
	wPast
	wPay
	wPayable
	wPayment
	wPays
	wPc
	wPct
	wPeg
	wPegged
	wPen
	wPenalty
	wPence
	wPenny
	wPer
	wPercent
	wPercentage
	wPercentages
	wPerson
	wPhase
	wPhoned
	wPhoto
	wPhotos
	wPhp
	wPibor
	wPicked
	wPicture
	wPictures
	wPipeline
	wPitch
	wPlace
	wPlacement
	wPlaces
	wPlane
	wPlanes
	wPlanted
	wPlatinum
	wPlato
	wPlc
	wPlunge
	wPlunged
	wPlus
	wPm
	wPoint
	wPoints
	wPoll
	wPolls
	wPoorS
	wPosition
	wPositions
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
	wPrices
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
	wReflects
	wRegulation
	wRelay
	wRelease
	wRemain
	wRemained
	wRemaining
	wRemains
	wRep
	wReport
	wReported
	wReporting
	wReports
	wRepresents
	wReserves
	wResolution
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
	wRuling
	wRun
	wRung
	wRungs
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
	wScored
	wScores
	wScoring
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
	wSerial
	wServe
	wServed
	wServes
	wSession
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
	wShows
	wShr
	wShrank
	wShrs
	wShut
	wSignals
	wSilver
	wSince
	wSister
	wSlid
	wSlide
	wSlides
	wSlipped
	wSlope
	wSlumped
	wSmaller
	wSnow
	wSo
	wSoared
	wSoftware
	wSolar
	wSolitaire
	wSolution
	wSolutions
	wSome
	wSon
	wSoon
	wSouth
	wSouthern
	wSown
	wSpace
	wSpanning
	wSpecial
	wSpend
	wSpends
	wSpent
	wSplit
	wSplits
	wSpot
	wSpots
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
	wStates
	wStay
	wStayed
	wStaying
	wStays
	wSteady
	wStepdaughter
	wStepson
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
	wSuggests
	wSummit
	wSunny
	wSupt
	wSurged
	wSurround
	wSurvey
	wSurvive
	wSurvived
	wSuspended
	wSwitch
	wSystem
	wSystems
	wT
	wTake
	wTakes
	wTaking
	wTall
	wTarget
	wTcf
	wTeam
	wTender
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
	wThereafter
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
	wTick
	wTicked
	wTicks
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
	wTodayS
	wTomorrow
	wTon
	wTonight
	wTonne
	wTonnes
	wTons
	wTook
	wTop
	wTotal
	wTouchdown
	wTraded
	wTrading
	wTrailing
	wTreasuries
	wTreasury
	wTroy
	wTry
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
	wUpdate
	wUpdated
	wUpper
	wUranium
	wUs
	wV
	wValue
	wVaried
	wVaries
	wVary
	wVarying
	wVersion
	wVersus
	wVeto
	wVictory
	wVideo
	wVideos
	wView
	wViews
	wVol
	wVote
	wVoted
	wVotes
	wVoting
	wVs
	wWait
	wWaited
	wWaiting
	wWaits
	wWall
	wWar
	wWarrant
	wWarrants
	wWas
	wWashington
	wWay
	wWe
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
	wWent
	wWere
	wWest
	wWestern
	wWhat
	wWhen
	wWhereas
	wWhich
	wWhichever
	wWhile
	wWhite
	wWho
	wWhole
	wWhom
	wWicket
	wWide
	wWill
	wWin
	wWind
	wWindy
	wWinning
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
	wWounded
	wWounding
	wWounds
	wX
	wYear
	wYearly
	wYears
	wYellow
	wYesterday
	wYesterdayS
	wYield
	wYields
	wYou
	wYoung
	wYounger
	wYour
	wZero
	wZinc
	wZone
)

// spellingText gives each spelling its text, in lower case.
var spellingText = [...]string{
	wA:             "a",
	wAbout:         "about",
	wAbove:         "above",
	wAc:            "ac",
	wAccording:     "according",
	wAccount:       "account",
	wAct:           "act",
	wAdded:         "added",
	wAdditional:    "additional",
	wAdm:           "adm",
	wAdvance:       "advance",
	wAdvances:      "advances",
	wAdvantage:     "advantage",
	wAfter:         "after",
	wAfternoon:     "afternoon",
	wAfterward:     "afterward",
	wAfterwards:    "afterwards",
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
	wApproved:      "approved",
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
	wAuction:       "auction",
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
	wBallot:        "ballot",
	wBallots:       "ballots",
	wBand:          "band",
	wBanking:       "banking",
	wBarely:        "barely",
	wBarrel:        "barrel",
	wBased:         "based",
	wBaseman:       "baseman",
	wBasemen:       "basemen",
	wBasis:         "basis",
	wBasket:        "basket",
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
	wBill:          "bill",
	wBillion:       "billion",
	wBills:         "bills",
	wBit:           "bit",
	wBits:          "bits",
	wBloc:          "bloc",
	wBlvd:          "blvd",
	wBoard:         "board",
	wBond:          "bond",
	wBonds:         "bonds",
	wBonus:         "bonus",
	wBook:          "book",
	wBookies:       "bookies",
	wBookmaker:     "bookmaker",
	wBookmakers:    "bookmakers",
	wBoosted:       "boosted",
	wBox:           "box",
	wBrace:         "brace",
	wBritish:       "british",
	wBrix:          "brix",
	wBroil:         "broil",
	wBros:          "bros",
	wBrother:       "brother",
	wBrowser:       "browser",
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
	wCase:          "case",
	wCash:          "cash",
	wCasualties:    "casualties",
	wCasualty:      "casualty",
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
	wChild:         "child",
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
	wConceded:      "conceded",
	wConcedes:      "concedes",
	wConceding:     "conceding",
	wCondensate:    "condensate",
	wConfirms:      "confirms",
	wCongress:      "congress",
	wContango:      "contango",
	wContinued:     "continued",
	wContract:      "contract",
	wContracts:     "contracts",
	wConversion:    "conversion",
	wCopper:        "copper",
	wCopyright:     "copyright",
	wCorp:          "corp",
	wCost:          "cost",
	wCosts:         "costs",
	wCould:         "could",
	wCount:         "count",
	wCountries:     "countries",
	wCountry:       "country",
	wCouple:        "couple",
	wCoupon:        "coupon",
	wCourt:         "court",
	wCpl:           "cpl",
	wCreep:         "creep",
	wCreeps:        "creeps",
	wCrept:         "crept",
	wCrore:         "crore",
	wCrown:         "crown",
	wCrowns:        "crowns",
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
	wDaughter:      "daughter",
	wDay:           "day",
	wDays:          "days",
	wDe:            "de",
	wDeadline:      "deadline",
	wDeadweight:    "deadweight",
	wDearer:        "dearer",
	wDeath:         "death",
	wDeaths:        "deaths",
	wDebentures:    "debentures",
	wDec:           "dec",
	wDecades:       "decades",
	wDecision:      "decision",
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
	wDinar:         "dinar",
	wDinars:        "dinars",
	wDirective:     "directive",
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
	wEarn:          "earn",
	wEarned:        "earned",
	wEarnings:      "earnings",
	wEarns:         "earns",
	wEased:         "eased",
	wEasier:        "easier",
	wEast:          "east",
	wEastern:       "eastern",
	wEconomies:     "economies",
	wEdge:          "edge",
	wEdged:         "edged",
	wEdges:         "edges",
	wEdition:       "edition",
	wEdu:           "edu",
	wElected:       "elected",
	wElection:      "election",
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
	wFatalities:    "fatalities",
	wFatality:      "fatality",
	wFavorite:      "favorite",
	wFavorites:     "favorites",
	wFavourite:     "favourite",
	wFavourites:    "favourites",
	wFeb:           "feb",
	wFee:           "fee",
	wFeeds:         "feeds",
	wFees:          "fees",
	wFeet:          "feet",
	wFell:          "fell",
	wFew:           "few",
	wFewer:         "fewer",
	wFibor:         "fibor",
	wFiddle:        "fiddle",
	wFig:           "fig",
	wFigure:        "figure",
	wFile:          "file",
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
	wGaining:       "gaining",
	wGains:         "gains",
	wGallon:        "gallon",
	wGame:          "game",
	wGas:           "gas",
	wGen:           "gen",
	wGeneration:    "generation",
	wGet:           "get",
	wGets:          "gets",
	wGetting:       "getting",
	wGiga:          "giga",
	wGilts:         "gilts",
	wGiven:         "given",
	wGo:            "go",
	wGoal:          "goal",
	wGoes:          "goes",
	wGoing:         "going",
	wGold:          "gold",
	wGone:          "gone",
	wGot:           "got",
	wGov:           "gov",
	wGovernment:    "government",
	wGovernments:   "governments",
	wGrand:         "grand",
	wGrandchild:    "grandchild",
	wGranddaughter: "granddaughter",
	wGrandson:      "grandson",
	wGravity:       "gravity",
	wGreater:       "greater",
	wGrew:          "grew",
	wGross:         "gross",
	wGroup:         "group",
	wGrowth:        "growth",
	wGt:            "gt",
	wGuess:         "guess",
	wH:             "h",
	wHad:           "had",
	wHalf:          "half",
	wHalted:        "halted",
	wHand:          "hand",
	wHarvested:     "harvested",
	wHas:           "has",
	wHave:          "have",
	wHazy:          "hazy",
	wHe:            "he",
	wHearing:       "hearing",
	wHeat:          "heat",
	wHeating:       "heating",
	wHeats:         "heats",
	wHeavier:       "heavier",
	wHeld:          "held",
	wHer:           "her",
	wHigh:          "high",
	wHigher:        "higher",
	wHim:           "him",
	wHis:           "his",
	wHit:           "hit",
	wHold:          "hold",
	wHolding:       "holding",
	wHolds:         "holds",
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
	wImage:         "image",
	wImages:        "images",
	wImplies:       "implies",
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
	wIndicates:     "indicates",
	wIndoor:        "indoor",
	wInflation:     "inflation",
	wInfo:          "info",
	wInjured:       "injured",
	wInjures:       "injures",
	wInjuries:      "injuries",
	wInjuring:      "injuring",
	wInjury:        "injury",
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
	wItem:          "item",
	wItems:         "items",
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
	wJump:          "jump",
	wJumped:        "jumped",
	wJun:           "jun",
	wJune:          "june",
	wJust:          "just",
	wK:             "k",
	wKernel:        "kernel",
	wKicked:        "kicked",
	wKicking:       "kicking",
	wKicks:         "kicks",
	wKill:          "kill",
	wKilled:        "killed",
	wKilling:       "killing",
	wKills:         "kills",
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
	wLeaves:        "leaves",
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
	wLose:          "lose",
	wLoses:         "loses",
	wLosing:        "losing",
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
	wMajority:      "majority",
	wMakes:         "makes",
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
	wMeans:         "means",
	wMeanwhile:     "meanwhile",
	wMeasures:      "measures",
	wMeasuring:     "measuring",
	wMeeting:       "meeting",
	wMega:          "mega",
	wMembers:       "members",
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
	wNations:       "nations",
	wNature:        "nature",
	wNautical:      "nautical",
	wNear:          "near",
	wNearby:        "nearby",
	wNearly:        "nearly",
	wNeed:          "need",
	wNegative:      "negative",
	wNet:           "net",
	wNets:          "nets",
	wNetted:        "netted",
	wNever:         "never",
	wNew:           "new",
	wNewfoundland:  "newfoundland",
	wNext:          "next",
	wNickel:        "nickel",
	wNil:           "nil",
	wNo:            "no",
	wNobody:        "nobody",
	wNone:          "none",
	wNoon:          "noon",
	wNorth:         "north",
	wNorthern:      "northern",
	wNos:           "nos",
	wNot:           "not",
	wNotch:         "notch",
	wNotches:       "notches",
	wNote:          "note",
	wNotes:         "notes",
	wNought:        "nought",
	wNov:           "nov",
	wNova:          "nova",
	wNow:           "now",
	wNumber:        "number",
	wOct:           "oct",
	wOdd:           "odd",
	wOdds:          "odds",
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
	wOrder:         "order",
	wOre:           "ore",
	wOrg:           "org",
	wOriginally:    "originally",
	wOther:         "other",
	wOur:           "our",
	wOut:           "out",
	wOutdoor:       "outdoor",
	wOutput:        "output",
	wOutside:       "outside",
	wOutsider:      "outsider",
	wOven:          "oven",
	wOvens:         "ovens",
	wOver:          "over",
	wOvercast:      "overcast",
	wOverridden:    "overridden",
	wOverride:      "override",
	wOverrode:      "overrode",
	wOverweight:    "overweight",
	wOwing:         "owing",
	wOwn:           "own",
	wOwned:         "owned",
	wOwnership:     "ownership",
	wP:             "p",
	wPage:          "page",
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
	wPassed:        "passed",
	wPassenger:     "passenger",
	wPast:          "past",
	wPay:           "pay",
	wPayable:       "payable",
	wPayment:       "payment",
	wPays:          "pays",
	wPc:            "pc",
	wPct:           "pct",
	wPeg:           "peg",
	wPegged:        "pegged",
	wPen:           "pen",
	wPenalty:       "penalty",
	wPence:         "pence",
	wPenny:         "penny",
	wPer:           "per",
	wPercent:       "percent",
	wPercentage:    "percentage",
	wPercentages:   "percentages",
	wPerson:        "person",
	wPhase:         "phase",
	wPhoned:        "phoned",
	wPhoto:         "photo",
	wPhotos:        "photos",
	wPhp:           "php",
	wPibor:         "pibor",
	wPicked:        "picked",
	wPicture:       "picture",
	wPictures:      "pictures",
	wPipeline:      "pipeline",
	wPitch:         "pitch",
	wPlace:         "place",
	wPlacement:     "placement",
	wPlaces:        "places",
	wPlane:         "plane",
	wPlanes:        "planes",
	wPlanted:       "planted",
	wPlatinum:      "platinum",
	wPlato:         "plato",
	wPlc:           "plc",
	wPlunge:        "plunge",
	wPlunged:       "plunged",
	wPlus:          "plus",
	wPm:            "pm",
	wPoint:         "point",
	wPoints:        "points",
	wPoll:          "poll",
	wPolls:         "polls",
	wPoorS:         "poor's",
	wPosition:      "position",
	wPositions:     "positions",
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
	wPrices:        "prices",
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
	wReflects:      "reflects",
	wRegulation:    "regulation",
	wRelay:         "relay",
	wRelease:       "release",
	wRemain:        "remain",
	wRemained:      "remained",
	wRemaining:     "remaining",
	wRemains:       "remains",
	wRep:           "rep",
	wReport:        "report",
	wReported:      "reported",
	wReporting:     "reporting",
	wReports:       "reports",
	wRepresents:    "represents",
	wReserves:      "reserves",
	wResolution:    "resolution",
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
	wRuling:        "ruling",
	wRun:           "run",
	wRung:          "rung",
	wRungs:         "rungs",
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
	wScored:        "scored",
	wScores:        "scores",
	wScoring:       "scoring",
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
	wSerial:        "serial",
	wServe:         "serve",
	wServed:        "served",
	wServes:        "serves",
	wSession:       "session",
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
	wShows:         "shows",
	wShr:           "shr",
	wShrank:        "shrank",
	wShrs:          "shrs",
	wShut:          "shut",
	wSignals:       "signals",
	wSilver:        "silver",
	wSince:         "since",
	wSister:        "sister",
	wSlid:          "slid",
	wSlide:         "slide",
	wSlides:        "slides",
	wSlipped:       "slipped",
	wSlope:         "slope",
	wSlumped:       "slumped",
	wSmaller:       "smaller",
	wSnow:          "snow",
	wSo:            "so",
	wSoared:        "soared",
	wSoftware:      "software",
	wSolar:         "solar",
	wSolitaire:     "solitaire",
	wSolution:      "solution",
	wSolutions:     "solutions",
	wSome:          "some",
	wSon:           "son",
	wSoon:          "soon",
	wSouth:         "south",
	wSouthern:      "southern",
	wSown:          "sown",
	wSpace:         "space",
	wSpanning:      "spanning",
	wSpecial:       "special",
	wSpend:         "spend",
	wSpends:        "spends",
	wSpent:         "spent",
	wSplit:         "split",
	wSplits:        "splits",
	wSpot:          "spot",
	wSpots:         "spots",
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
	wStates:        "states",
	wStay:          "stay",
	wStayed:        "stayed",
	wStaying:       "staying",
	wStays:         "stays",
	wSteady:        "steady",
	wStepdaughter:  "stepdaughter",
	wStepson:       "stepson",
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
	wSuggests:      "suggests",
	wSummit:        "summit",
	wSunny:         "sunny",
	wSupt:          "supt",
	wSurged:        "surged",
	wSurround:      "surround",
	wSurvey:        "survey",
	wSurvive:       "survive",
	wSurvived:      "survived",
	wSuspended:     "suspended",
	wSwitch:        "switch",
	wSystem:        "system",
	wSystems:       "systems",
	wT:             "t",
	wTake:          "take",
	wTakes:         "takes",
	wTaking:        "taking",
	wTall:          "tall",
	wTarget:        "target",
	wTcf:           "tcf",
	wTeam:          "team",
	wTender:        "tender",
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
	wThereafter:    "thereafter",
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
	wTick:          "tick",
	wTicked:        "ticked",
	wTicks:         "ticks",
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
	wTodayS:        "today's",
	wTomorrow:      "tomorrow",
	wTon:           "ton",
	wTonight:       "tonight",
	wTonne:         "tonne",
	wTonnes:        "tonnes",
	wTons:          "tons",
	wTook:          "took",
	wTop:           "top",
	wTotal:         "total",
	wTouchdown:     "touchdown",
	wTraded:        "traded",
	wTrading:       "trading",
	wTrailing:      "trailing",
	wTreasuries:    "treasuries",
	wTreasury:      "treasury",
	wTroy:          "troy",
	wTry:           "try",
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
	wUpdate:        "update",
	wUpdated:       "updated",
	wUpper:         "upper",
	wUranium:       "uranium",
	wUs:            "us",
	wV:             "v",
	wValue:         "value",
	wVaried:        "varied",
	wVaries:        "varies",
	wVary:          "vary",
	wVarying:       "varying",
	wVersion:       "version",
	wVersus:        "versus",
	wVeto:          "veto",
	wVictory:       "victory",
	wVideo:         "video",
	wVideos:        "videos",
	wView:          "view",
	wViews:         "views",
	wVol:           "vol",
	wVote:          "vote",
	wVoted:         "voted",
	wVotes:         "votes",
	wVoting:        "voting",
	wVs:            "vs",
	wWait:          "wait",
	wWaited:        "waited",
	wWaiting:       "waiting",
	wWaits:         "waits",
	wWall:          "wall",
	wWar:           "war",
	wWarrant:       "warrant",
	wWarrants:      "warrants",
	wWas:           "was",
	wWashington:    "washington",
	wWay:           "way",
	wWe:            "we",
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
	wWent:          "went",
	wWere:          "were",
	wWest:          "west",
	wWestern:       "western",
	wWhat:          "what",
	wWhen:          "when",
	wWhereas:       "whereas",
	wWhich:         "which",
	wWhichever:     "whichever",
	wWhile:         "while",
	wWhite:         "white",
	wWho:           "who",
	wWhole:         "whole",
	wWhom:          "whom",
	wWicket:        "wicket",
	wWide:          "wide",
	wWill:          "will",
	wWin:           "win",
	wWind:          "wind",
	wWindy:         "windy",
	wWinning:       "winning",
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
	wWounded:       "wounded",
	wWounding:      "wounding",
	wWounds:        "wounds",
	wX:             "x",
	wYear:          "year",
	wYearly:        "yearly",
	wYears:         "years",
	wYellow:        "yellow",
	wYesterday:     "yesterday",
	wYesterdayS:    "yesterday's",
	wYield:         "yield",
	wYields:        "yields",
	wYou:           "you",
	wYoung:         "young",
	wYounger:       "younger",
	wYour:          "your",
	wZero:          "zero",
	wZinc:          "zinc",
	wZone:          "zone",
}
