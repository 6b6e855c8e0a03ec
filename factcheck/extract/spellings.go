package extract

// The spellings the rules compare words with (extractor.eq, extractor.spAt), in
// alphabetical order.
const (
	_ spelling = iota
	wA
	wAbout
	wAbove
	wAc
	wAccess
	wAccording
	wAccount
	wAccumulator
	wAced
	wAcing
	wAcre
	wAcross
	wAct
	wAdded
	wAdding
	wAdditional
	wAdds
	wAdm
	wAdopted
	wAdrift
	wAdvance
	wAdvanced
	wAdvances
	wAdvancing
	wAdvantage
	wAfter
	wAfternoon
	wAftershock
	wAftershocks
	wAfterward
	wAfterwards
	wAgainst
	wAge
	wAged
	wAges
	wAggregate
	wAgo
	wAhead
	wAid
	wAircraft
	wAirliner
	wAirliners
	wAl
	wAlberta
	wAlbum
	wAlbums
	wAll
	wAlliance
	wAlmost
	wAlone
	wAlso
	wAlta
	wAlthough
	wAm
	wAmber
	wAmerican
	wAmericans
	wAmong
	wAn
	wAnd
	wAngle
	wAngles
	wAnnounced
	wAnnual
	wAnnually
	wAnnum
	wAnother
	wAnywhere
	wApi
	wApiece
	wAppeals
	wAppearances
	wApplicants
	wAppreciated
	wApproved
	wApprox
	wApproximately
	wApr
	wArc
	wAre
	wArea
	wAround
	wArrested
	wArt
	wArticle
	wAs
	wAscended
	wAscending
	wAscends
	wAsked
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
	wBarley
	wBarrel
	wBarrier
	wBased
	wBaseman
	wBasemen
	wBasis
	wBasket
	wBaume
	wBaumeAccented
	wBbl
	wBcf
	wBcfd
	wBcm
	wBe
	wBeat
	wBeating
	wBeats
	wBecame
	wBecome
	wBecoming
	wBeen
	wBefore
	wBegin
	wBeginning
	wBegins
	wBehind
	wBeing
	wBelow
	wBench
	wBenchmark
	wBest
	wBestseller
	wBestsellers
	wBet
	wBetfair
	wBets
	wBetter
	wBetting
	wBetween
	wBeyond
	wBid
	wBig
	wBigger
	wBill
	wBillion
	wBills
	wBirdie
	wBit
	wBits
	wBloc
	wBlvd
	wBoard
	wBogey
	wBond
	wBonds
	wBonus
	wBook
	wBookies
	wBookmaker
	wBookmakers
	wBoost
	wBoosted
	wBoosting
	wBoosts
	wBought
	wBowed
	wBows
	wBox
	wBrace
	wBreak
	wBreaks
	wBring
	wBringing
	wBrings
	wBritish
	wBrix
	wBroil
	wBroke
	wBroken
	wBros
	wBrother
	wBrought
	wBrowser
	wBrunswick
	wBudget
	wBullion
	wBump
	wBumped
	wBus
	wBut
	wBuyer
	wBuyers
	wBy
	wC
	wCa
	wCabinet
	wCall
	wCalled
	wCalling
	wCalls
	wCan
	wCandidates
	wCannot
	wCapita
	wCapital
	wCapt
	wCare
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
	wChance
	wChange
	wChanged
	wChannel
	wChannels
	wChapter
	wCharge
	wCharged
	wChart
	wCharted
	wCharting
	wCharts
	wCheaper
	wChild
	wChip
	wChoice
	wCif
	wCirca
	wCircuit
	wClash
	wClashes
	wClass
	wClause
	wClear
	wClimbed
	wClimbing
	wClimbs
	wClocked
	wClocking
	wClose
	wClosed
	wCloses
	wClosing
	wCloudy
	wCo
	wCoal
	wCoalition
	wCoalitions
	wCoin
	wCoins
	wCol
	wColumbia
	wCom
	wCome
	wComing
	wCommencing
	wCommission
	wCommittee
	wCommon
	wCompared
	wCompares
	wCompensation
	wCompensatory
	wCompetition
	wCompetitions
	wComputer
	wConceded
	wConcedes
	wConceding
	wCondensate
	wConfidence
	wConfirms
	wCongress
	wConsideration
	wContango
	wContinued
	wContract
	wContracts
	wConversion
	wCopies
	wCopper
	wCopyright
	wCorn
	wCorp
	wCost
	wCosting
	wCosts
	wCould
	wCouncil
	wCount
	wCountries
	wCountry
	wCouple
	wCoupon
	wCourt
	wCoverage
	wCpl
	wCr
	wCredit
	wCreep
	wCreeps
	wCrept
	wCrew
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
	wCutting
	wCwt
	wD
	wDaily
	wDamage
	wDamaged
	wDamages
	wDamaging
	wDark
	wDate
	wDated
	wDaughter
	wDay
	wDays
	wDe
	wDead
	wDeadline
	wDeadweight
	wDeal
	wDearer
	wDeath
	wDeaths
	wDebentures
	wDebt
	wDebts
	wDebut
	wDebuted
	wDebuting
	wDebuts
	wDec
	wDecade
	wDecades
	wDecision
	wDecline
	wDeclined
	wDeclines
	wDecrease
	wDecreased
	wDecreases
	wDecreasing
	wDeep
	wDeeper
	wDefeat
	wDefeated
	wDefeating
	wDefeats
	wDeficit
	wDegree
	wDegrees
	wDelay
	wDelayed
	wDelegation
	wDelivery
	wDeposit
	wDeposits
	wDepreciated
	wDepressed
	wDept
	wDescended
	wDescending
	wDescends
	wDestroyed
	wDestroying
	wDet
	wDetained
	wDial
	wDialed
	wDialing
	wDialled
	wDialling
	wDials
	wDiamond
	wDiamonds
	wDid
	wDie
	wDied
	wDies
	wDinar
	wDinars
	wDip
	wDipped
	wDipping
	wDips
	wDirective
	wDirectorate
	wDiscount
	wDistribution
	wDived
	wDives
	wDividend
	wDiving
	wDlr
	wDlrs
	wDns
	wDo
	wDoes
	wDollar
	wDollars
	wDonate
	wDonated
	wDonates
	wDonating
	wDonation
	wDouble
	wDoubled
	wDoubles
	wDoubling
	wDown
	wDowngraded
	wDozen
	wDozens
	wDr
	wDram
	wDrams
	wDraw
	wDrawing
	wDrew
	wDrifted
	wDrinking
	wDrive
	wDriven
	wDrivers
	wDrives
	wDriving
	wDrizzle
	wDrop
	wDropped
	wDropping
	wDrops
	wDrove
	wDrowned
	wDrubbing
	wDry
	wDue
	wDurum
	wDying
	wEach
	wEagle
	wEarlier
	wEarly
	wEarn
	wEarned
	wEarning
	wEarnings
	wEarns
	wEarth
	wEarthquake
	wEarthquakes
	wEase
	wEased
	wEasier
	wEasing
	wEast
	wEastern
	wEconomies
	wEdge
	wEdged
	wEdges
	wEdging
	wEdition
	wEdu
	wEffect
	wEffective
	wElected
	wElection
	wEmerald
	wEnd
	wEnded
	wEnding
	wEnds
	wEnsuing
	wEnter
	wEntered
	wEntire
	wEntrants
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
	wEvacuated
	wEven
	wEvening
	wEvens
	wEver
	wEvery
	wExactly
	wExchange
	wExchanged
	wExisting
	wExit
	wExits
	wExpand
	wExpanded
	wExpanding
	wExpectancy
	wExpire
	wExpires
	wExpiring
	wExpo
	wExtend
	wExtended
	wExtending
	wExtends
	wExtra
	wF
	wFactor
	wFahrenheit
	wFair
	wFairway
	wFall
	wFallen
	wFalling
	wFalls
	wFaster
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
	wFinals
	wFine
	wFined
	wFines
	wFinish
	wFinished
	wFirm
	wFirmed
	wFirmer
	wFirming
	wFirst
	wFiscal
	wFiver
	wFixture
	wFixtures
	wFl
	wFlat
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
	wForce
	wForecast
	wForecaster
	wForecasts
	wForemost
	wForm
	wFormerly
	wForms
	wFortnight
	wFourth
	wFourths
	wFr
	wFreighter
	wFreighters
	wFrom
	wFt
	wFuel
	wFull
	wFunding
	wFunds
	wFurther
	wFutures
	wGain
	wGained
	wGaining
	wGains
	wGallon
	wGamble
	wGame
	wGames
	wGas
	wGen
	wGenerate
	wGenerated
	wGenerates
	wGenerating
	wGeneration
	wGet
	wGets
	wGetting
	wGiga
	wGilts
	wGiven
	wGo
	wGoal
	wGoals
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
	wGrant
	wGravity
	wGreater
	wGreen
	wGrew
	wGross
	wGroup
	wGrow
	wGrowing
	wGrown
	wGrows
	wGrowth
	wGt
	wGuess
	wGym
	wH
	wHad
	wHalf
	wHalted
	wHalve
	wHalved
	wHand
	wHard
	wHarvested
	wHas
	wHave
	wHazy
	wHe
	wHead
	wHearing
	wHeat
	wHeating
	wHeats
	wHeavier
	wHectare
	wHeld
	wHelpline
	wHer
	wHigh
	wHigher
	wHike
	wHiked
	wHikes
	wHim
	wHis
	wHit
	wHold
	wHolders
	wHolding
	wHolds
	wHole
	wHoled
	wHome
	wHomebuyers
	wHomes
	wHon
	wHospital
	wHospitalised
	wHospitalized
	wHotline
	wHour
	wHours
	wHousehold
	wHr
	wHrs
	wHrw
	wHtm
	wHtml
	wHundred
	wHurdles
	wHurt
	wI
	wIdled
	wIl
	wImage
	wImages
	wImmediately
	wImplies
	wImproved
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
	wIncreasing
	wIndex
	wIndicates
	wIndoor
	wInflation
	wInfo
	wInhabitant
	wInitially
	wInjured
	wInjures
	wInjuries
	wInjuring
	wInjury
	wInnings
	wIns
	wInside
	wInsp
	wInstead
	wInt
	wInterbank
	wInterest
	wIntersection
	wIntervening
	wInto
	wInvest
	wInvested
	wInvesting
	wInvestment
	wInvestments
	wInvestor
	wInvestors
	wInvests
	wIo
	wIrish
	wIron
	wIrrigated
	wIs
	wIssue
	wIssued
	wIssues
	wIt
	wItem
	wItems
	wIts
	wItself
	wJack
	wJacked
	wJan
	wJersey
	wJet
	wJetliner
	wJetliners
	wJets
	wJoin
	wJoins
	wJoint
	wJr
	wJul
	wJuly
	wJumbo
	wJumbos
	wJump
	wJumped
	wJumping
	wJumps
	wJun
	wJune
	wJunta
	wJury
	wJust
	wK
	wKb
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
	wKnocking
	wKr
	wKtpa
	wL
	wLadbrokes
	wLaid
	wLakh
	wLanded
	wLands
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
	wLeading
	wLeads
	wLeap
	wLeaped
	wLeapt
	wLease
	wLeast
	wLeave
	wLeaves
	wLeaving
	wLed
	wLeft
	wLeg
	wLengths
	wLess
	wLevel
	wLibid
	wLibor
	wLicensing
	wLife
	wLift
	wLifted
	wLifting
	wLifts
	wLight
	wLighter
	wLine
	wLineup
	wListen
	wLittle
	wLive
	wLived
	wLives
	wLiving
	wLng
	wLoan
	wLoans
	wLocal
	wLong
	wLonger
	wLongitude
	wLongshot
	wLose
	wLoses
	wLosing
	wLoss
	wLosses
	wLost
	wLow
	wLower
	wLowered
	wLowering
	wLowers
	wLt
	wLtd
	wM
	wMade
	wMagnified
	wMagnifies
	wMagnify
	wMagnitude
	wMainframe
	wMaj
	wMajority
	wMakes
	wMaking
	wMan
	wManitoba
	wMany
	wMar
	wMargin
	wMark
	wMarket
	wMarking
	wMarks
	wMarried
	wMass
	wMasses
	wMatch
	wMatches
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
	wMedals
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
	wMinute
	wMinutes
	wMissing
	wMmcf
	wMmcfd
	wMmscfd
	wMmt
	wMmtpa
	wMoney
	wMonth
	wMonthly
	wMore
	wMorning
	wMortgage
	wMost
	wMother
	wMothers
	wMove
	wMoved
	wMoves
	wMoving
	wMr
	wMrs
	wMs
	wMsf
	wMt
	wMtpa
	wMuch
	wMultiple
	wMultiplied
	wMust
	wMy
	wNarrow
	wNarrowed
	wNarrowing
	wNarrows
	wNations
	wNature
	wNautical
	wNd
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
	wNews
	wNext
	wNickel
	wNight
	wNil
	wNm
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
	wNs
	wNumber
	wNumerous
	wOats
	wOct
	wOdd
	wOdds
	wOf
	wOff
	wOffender
	wOffenders
	wOffer
	wOffered
	wOffering
	wOfficial
	wOg
	wOh
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
	wOpens
	wOperating
	wOr
	wOrder
	wOrdered
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
	wOvers
	wOversubscribed
	wOverweight
	wOwe
	wOwed
	wOwes
	wOwing
	wOwn
	wOwned
	wOwner
	wOwners
	wOwnership
	wP
	wPackage
	wPage
	wPaid
	wPair
	wPalladium
	wPanel
	wPaper
	wPar
	wPara
	wParents
	wPart
	wParties
	wPartnership
	wParts
	wParty
	wPassed
	wPassenger
	wPast
	wPatrol
	wPay
	wPayable
	wPaying
	wPayment
	wPayments
	wPays
	wPc
	wPct
	wPeak
	wPeaked
	wPeaking
	wPeaks
	wPeg
	wPegged
	wPen
	wPenalty
	wPence
	wPenny
	wPension
	wPer
	wPercent
	wPercentage
	wPercentages
	wPeriod
	wPerson
	wPhase
	wPhoned
	wPhoto
	wPhotos
	wPhp
	wPibor
	wPick
	wPicked
	wPicks
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
	wPlummet
	wPlummeted
	wPlummeting
	wPlummets
	wPlunge
	wPlunged
	wPlunges
	wPlunging
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
	wPoured
	wPouring
	wPp
	wPre
	wPreceding
	wPreferred
	wPreheat
	wPreheated
	wPremium
	wPres
	wPresent
	wPresidency
	wPrevious
	wPreviously
	wPrice
	wPriced
	wPrices
	wPrime
	wPrinter
	wPrior
	wPrize
	wProcessor
	wProduction
	wProf
	wProfit
	wProfits
	wProjected
	wProjection
	wProposed
	wPs
	wPts
	wPublic
	wPublished
	wPulled
	wPunters
	wPush
	wPushed
	wPushes
	wPushing
	wPut
	wPuts
	wPutt
	wPutting
	wQ
	wQtr
	wQtrs
	wQuake
	wQuakes
	wQuarter
	wQuarters
	wQue
	wQuebec
	wQuicker
	wQuoted
	wRace
	wRain
	wRainy
	wRaise
	wRaised
	wRaises
	wRaising
	wRallied
	wRallies
	wRally
	wRallying
	wRan
	wRang
	wRange
	wRanged
	wRanges
	wRanging
	wRanked
	wRanking
	wRankings
	wRanks
	wRatchet
	wRatcheted
	wRate
	wRated
	wRates
	wRather
	wRatio
	wRd
	wReach
	wReached
	wReaches
	wRead
	wReagan
	wRebound
	wRebounded
	wRebounding
	wRebounds
	wRecent
	wRecord
	wRecorded
	wRecords
	wRecover
	wRecovered
	wRecovering
	wRecovers
	wRed
	wReduce
	wReduced
	wReduces
	wReducing
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
	wRescue
	wRescued
	wReserves
	wResident
	wResolution
	wRespectively
	wResume
	wResumes
	wRetire
	wRetired
	wRetires
	wRetiring
	wRetreated
	wRetreating
	wReturn
	wReturns
	wRev
	wRevenue
	wRevenues
	wRevise
	wRevised
	wRevises
	wRevising
	wReward
	wRice
	wRichter
	wRight
	wRights
	wRise
	wRisen
	wRises
	wRising
	wRoast
	wRoasted
	wRose
	wRotation
	wRoughly
	wRound
	wRout
	wRoute
	wRouted
	wRow
	wRows
	wRuby
	wRule
	wRuled
	wRuling
	wRun
	wRung
	wRungs
	wRunning
	wRuns
	wS
	wSaid
	wSalary
	wSales
	wSame
	wSank
	wSapphire
	wSask
	wSaskatchewan
	wSat
	wSavings
	wSays
	wScale
	wScheduled
	wScore
	wScored
	wScoreline
	wScores
	wScoring
	wScotia
	wSeason
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
	wSemi
	wSen
	wSend
	wSending
	wSends
	wSent
	wSentence
	wSep
	wSept
	wSerial
	wSeries
	wServe
	wServed
	wServes
	wService
	wServices
	wSession
	wSet
	wSets
	wSetting
	wSettled
	wSettlement
	wSeveral
	wSgt
	wShare
	wShareholders
	wShareholding
	wShares
	wShe
	wShed
	wShedding
	wSheds
	wShift
	wShifted
	wShirt
	wShop
	wShops
	wShort
	wShorter
	wShortly
	wShot
	wShots
	wShould
	wShows
	wShr
	wShrank
	wShrink
	wShrinks
	wShrs
	wShrunk
	wShut
	wShuts
	wShutting
	wSide
	wSign
	wSignals
	wSigned
	wSigns
	wSilver
	wSince
	wSingle
	wSingles
	wSink
	wSister
	wSits
	wSize
	wSizes
	wSlashed
	wSlashes
	wSlid
	wSlide
	wSlides
	wSliding
	wSlightly
	wSlip
	wSlipped
	wSlipping
	wSlope
	wSlower
	wSlump
	wSlumped
	wSmaller
	wSnow
	wSo
	wSoar
	wSoared
	wSoaring
	wSoars
	wSoft
	wSoftware
	wSolar
	wSold
	wSolitaire
	wSolution
	wSolutions
	wSome
	wSon
	wSong
	wSongs
	wSoon
	wSorghum
	wSouth
	wSouthern
	wSown
	wSoybeans
	wSpace
	wSpanning
	wSpecial
	wSpend
	wSpending
	wSpends
	wSpent
	wSplit
	wSplits
	wSpot
	wSpots
	wSpread
	wSpreads
	wSpring
	wSprint
	wSq
	wSquad
	wSquandered
	wSquare
	wSr
	wSrw
	wSt
	wStabbed
	wStaff
	wStage
	wStake
	wStandard
	wStandings
	wStart
	wStarting
	wStarts
	wState
	wStatement
	wStates
	wStatute
	wStay
	wStayed
	wStaying
	wStays
	wSteady
	wStep
	wStepdaughter
	wStepped
	wSteps
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
	wStore
	wStores
	wStreak
	wStreet
	wStrengthened
	wStretch
	wStretched
	wStretches
	wStretching
	wString
	wStrong
	wStronger
	wStumps
	wSub
	wSubsequent
	wSucceeding
	wSuggests
	wSum
	wSummit
	wSunny
	wSupermarket
	wSupermarkets
	wSupt
	wSurge
	wSurged
	wSurround
	wSurveillance
	wSurvey
	wSurvive
	wSurvived
	wSuspended
	wSwelled
	wSwitch
	wSwitched
	wSww
	wSystem
	wSystems
	wT
	wTake
	wTaken
	wTakes
	wTaking
	wTall
	wTaller
	wTarget
	wTax
	wTaxes
	wTaxpayers
	wTcf
	wTeam
	wTear
	wTee
	wTemblor
	wTen
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
	wThen
	wThereafter
	wThese
	wThey
	wThick
	wThing
	wThink
	wThird
	wThirds
	wThis
	wThose
	wThough
	wThoughts
	wThousand
	wThousands
	wThrashed
	wThrashing
	wThree
	wThreshold
	wThrice
	wThrough
	wThs
	wTick
	wTicked
	wTicket
	wTickets
	wTicks
	wTie
	wTied
	wTier
	wTies
	wTightening
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
	wTore
	wTorn
	wTotal
	wTouchdown
	wTraded
	wTrading
	wTrail
	wTrailed
	wTrailing
	wTransferred
	wTrapped
	wTreasuries
	wTreasury
	wTreble
	wTremor
	wTremors
	wTribunal
	wTrillion
	wTrimmed
	wTrims
	wTriple
	wTripled
	wTriumph
	wTroy
	wTry
	wTumble
	wTumbled
	wTumbles
	wTumbling
	wTurn
	wTurned
	wTurns
	wTwaddell
	wTwenty
	wTwice
	wTwo
	wU
	wUk
	wUmpire
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
	wUpgraded
	wUpped
	wUpper
	wUpping
	wUps
	wUpset
	wUranium
	wUs
	wUser
	wUsers
	wV
	wValue
	wVaried
	wVaries
	wVary
	wVarying
	wVerdict
	wVersion
	wVersus
	wVeto
	wVictories
	wVictory
	wVideo
	wVideos
	wView
	wViews
	wVisitor
	wVisitors
	wVol
	wVote
	wVoted
	wVoter
	wVoters
	wVotes
	wVoting
	wVoucher
	wVouchers
	wVs
	wWage
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
	wWasted
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
	wWet
	wWhat
	wWheat
	wWheeler
	wWheelers
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
	wWickets
	wWide
	wWiden
	wWidened
	wWidening
	wWidens
	wWider
	wWill
	wWin
	wWind
	wWindy
	wWinner
	wWinners
	wWinning
	wWins
	wWinter
	wWith
	wWithin
	wWithout
	wWoman
	wWon
	wWood
	wWore
	wWork
	wWorked
	wWorking
	wWorks
	wWorkstation
	wWorld
	wWorth
	wWould
	wWound
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
	wYo
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
	wA:              "a",
	wAbout:          "about",
	wAbove:          "above",
	wAc:             "ac",
	wAccess:         "access",
	wAccording:      "according",
	wAccount:        "account",
	wAccumulator:    "accumulator",
	wAced:           "aced",
	wAcing:          "acing",
	wAcre:           "acre",
	wAcross:         "across",
	wAct:            "act",
	wAdded:          "added",
	wAdding:         "adding",
	wAdditional:     "additional",
	wAdds:           "adds",
	wAdm:            "adm",
	wAdopted:        "adopted",
	wAdrift:         "adrift",
	wAdvance:        "advance",
	wAdvanced:       "advanced",
	wAdvances:       "advances",
	wAdvancing:      "advancing",
	wAdvantage:      "advantage",
	wAfter:          "after",
	wAfternoon:      "afternoon",
	wAftershock:     "aftershock",
	wAftershocks:    "aftershocks",
	wAfterward:      "afterward",
	wAfterwards:     "afterwards",
	wAgainst:        "against",
	wAge:            "age",
	wAged:           "aged",
	wAges:           "ages",
	wAggregate:      "aggregate",
	wAgo:            "ago",
	wAhead:          "ahead",
	wAid:            "aid",
	wAircraft:       "aircraft",
	wAirliner:       "airliner",
	wAirliners:      "airliners",
	wAl:             "al",
	wAlberta:        "alberta",
	wAlbum:          "album",
	wAlbums:         "albums",
	wAll:            "all",
	wAlliance:       "alliance",
	wAlmost:         "almost",
	wAlone:          "alone",
	wAlso:           "also",
	wAlta:           "alta",
	wAlthough:       "although",
	wAm:             "am",
	wAmber:          "amber",
	wAmerican:       "american",
	wAmericans:      "americans",
	wAmong:          "among",
	wAn:             "an",
	wAnd:            "and",
	wAngle:          "angle",
	wAngles:         "angles",
	wAnnounced:      "announced",
	wAnnual:         "annual",
	wAnnually:       "annually",
	wAnnum:          "annum",
	wAnother:        "another",
	wAnywhere:       "anywhere",
	wApi:            "api",
	wApiece:         "apiece",
	wAppeals:        "appeals",
	wAppearances:    "appearances",
	wApplicants:     "applicants",
	wAppreciated:    "appreciated",
	wApproved:       "approved",
	wApprox:         "approx",
	wApproximately:  "approximately",
	wApr:            "apr",
	wArc:            "arc",
	wAre:            "are",
	wArea:           "area",
	wAround:         "around",
	wArrested:       "arrested",
	wArt:            "art",
	wArticle:        "article",
	wAs:             "as",
	wAscended:       "ascended",
	wAscending:      "ascending",
	wAscends:        "ascends",
	wAsked:          "asked",
	wAsp:            "asp",
	wAspx:           "aspx",
	wAssets:         "assets",
	wAstronomical:   "astronomical",
	wAt:             "at",
	wAuction:        "auction",
	wAug:            "aug",
	wAvailable:      "available",
	wAve:            "ave",
	wAverage:        "average",
	wAway:           "away",
	wBack:           "back",
	wBackwardation:  "backwardation",
	wBake:           "bake",
	wBaked:          "baked",
	wBakerS:         "baker's",
	wBaking:         "baking",
	wBale:           "bale",
	wBales:          "bales",
	wBallot:         "ballot",
	wBallots:        "ballots",
	wBand:           "band",
	wBanking:        "banking",
	wBarely:         "barely",
	wBarley:         "barley",
	wBarrel:         "barrel",
	wBarrier:        "barrier",
	wBased:          "based",
	wBaseman:        "baseman",
	wBasemen:        "basemen",
	wBasis:          "basis",
	wBasket:         "basket",
	wBaume:          "baume",
	wBaumeAccented:  "baumé",
	wBbl:            "bbl",
	wBcf:            "bcf",
	wBcfd:           "bcfd",
	wBcm:            "bcm",
	wBe:             "be",
	wBeat:           "beat",
	wBeating:        "beating",
	wBeats:          "beats",
	wBecame:         "became",
	wBecome:         "become",
	wBecoming:       "becoming",
	wBeen:           "been",
	wBefore:         "before",
	wBegin:          "begin",
	wBeginning:      "beginning",
	wBegins:         "begins",
	wBehind:         "behind",
	wBeing:          "being",
	wBelow:          "below",
	wBench:          "bench",
	wBenchmark:      "benchmark",
	wBest:           "best",
	wBestseller:     "bestseller",
	wBestsellers:    "bestsellers",
	wBet:            "bet",
	wBetfair:        "betfair",
	wBets:           "bets",
	wBetter:         "better",
	wBetting:        "betting",
	wBetween:        "between",
	wBeyond:         "beyond",
	wBid:            "bid",
	wBig:            "big",
	wBigger:         "bigger",
	wBill:           "bill",
	wBillion:        "billion",
	wBills:          "bills",
	wBirdie:         "birdie",
	wBit:            "bit",
	wBits:           "bits",
	wBloc:           "bloc",
	wBlvd:           "blvd",
	wBoard:          "board",
	wBogey:          "bogey",
	wBond:           "bond",
	wBonds:          "bonds",
	wBonus:          "bonus",
	wBook:           "book",
	wBookies:        "bookies",
	wBookmaker:      "bookmaker",
	wBookmakers:     "bookmakers",
	wBoost:          "boost",
	wBoosted:        "boosted",
	wBoosting:       "boosting",
	wBoosts:         "boosts",
	wBought:         "bought",
	wBowed:          "bowed",
	wBows:           "bows",
	wBox:            "box",
	wBrace:          "brace",
	wBreak:          "break",
	wBreaks:         "breaks",
	wBring:          "bring",
	wBringing:       "bringing",
	wBrings:         "brings",
	wBritish:        "british",
	wBrix:           "brix",
	wBroil:          "broil",
	wBroke:          "broke",
	wBroken:         "broken",
	wBros:           "bros",
	wBrother:        "brother",
	wBrought:        "brought",
	wBrowser:        "browser",
	wBrunswick:      "brunswick",
	wBudget:         "budget",
	wBullion:        "bullion",
	wBump:           "bump",
	wBumped:         "bumped",
	wBus:            "bus",
	wBut:            "but",
	wBuyer:          "buyer",
	wBuyers:         "buyers",
	wBy:             "by",
	wC:              "c",
	wCa:             "ca",
	wCabinet:        "cabinet",
	wCall:           "call",
	wCalled:         "called",
	wCalling:        "calling",
	wCalls:          "calls",
	wCan:            "can",
	wCandidates:     "candidates",
	wCannot:         "cannot",
	wCapita:         "capita",
	wCapital:        "capital",
	wCapt:           "capt",
	wCare:           "care",
	wCargo:          "cargo",
	wCase:           "case",
	wCash:           "cash",
	wCasualties:     "casualties",
	wCasualty:       "casualty",
	wCelebrate:      "celebrate",
	wCelebrated:     "celebrated",
	wCelebrates:     "celebrates",
	wCelebrating:    "celebrating",
	wCelsius:        "celsius",
	wCent:           "cent",
	wCenti:          "centi",
	wCentigrade:     "centigrade",
	wCents:          "cents",
	wCenturies:      "centuries",
	wCentury:        "century",
	wCf:             "cf",
	wCfa:            "cfa",
	wCh:             "ch",
	wChampion:       "champion",
	wChampionship:   "championship",
	wChampionships:  "championships",
	wChance:         "chance",
	wChange:         "change",
	wChanged:        "changed",
	wChannel:        "channel",
	wChannels:       "channels",
	wChapter:        "chapter",
	wCharge:         "charge",
	wCharged:        "charged",
	wChart:          "chart",
	wCharted:        "charted",
	wCharting:       "charting",
	wCharts:         "charts",
	wCheaper:        "cheaper",
	wChild:          "child",
	wChip:           "chip",
	wChoice:         "choice",
	wCif:            "cif",
	wCirca:          "circa",
	wCircuit:        "circuit",
	wClash:          "clash",
	wClashes:        "clashes",
	wClass:          "class",
	wClause:         "clause",
	wClear:          "clear",
	wClimbed:        "climbed",
	wClimbing:       "climbing",
	wClimbs:         "climbs",
	wClocked:        "clocked",
	wClocking:       "clocking",
	wClose:          "close",
	wClosed:         "closed",
	wCloses:         "closes",
	wClosing:        "closing",
	wCloudy:         "cloudy",
	wCo:             "co",
	wCoal:           "coal",
	wCoalition:      "coalition",
	wCoalitions:     "coalitions",
	wCoin:           "coin",
	wCoins:          "coins",
	wCol:            "col",
	wColumbia:       "columbia",
	wCom:            "com",
	wCome:           "come",
	wComing:         "coming",
	wCommencing:     "commencing",
	wCommission:     "commission",
	wCommittee:      "committee",
	wCommon:         "common",
	wCompared:       "compared",
	wCompares:       "compares",
	wCompensation:   "compensation",
	wCompensatory:   "compensatory",
	wCompetition:    "competition",
	wCompetitions:   "competitions",
	wComputer:       "computer",
	wConceded:       "conceded",
	wConcedes:       "concedes",
	wConceding:      "conceding",
	wCondensate:     "condensate",
	wConfidence:     "confidence",
	wConfirms:       "confirms",
	wCongress:       "congress",
	wConsideration:  "consideration",
	wContango:       "contango",
	wContinued:      "continued",
	wContract:       "contract",
	wContracts:      "contracts",
	wConversion:     "conversion",
	wCopies:         "copies",
	wCopper:         "copper",
	wCopyright:      "copyright",
	wCorn:           "corn",
	wCorp:           "corp",
	wCost:           "cost",
	wCosting:        "costing",
	wCosts:          "costs",
	wCould:          "could",
	wCouncil:        "council",
	wCount:          "count",
	wCountries:      "countries",
	wCountry:        "country",
	wCouple:         "couple",
	wCoupon:         "coupon",
	wCourt:          "court",
	wCoverage:       "coverage",
	wCpl:            "cpl",
	wCr:             "cr",
	wCredit:         "credit",
	wCreep:          "creep",
	wCreeps:         "creeps",
	wCrept:          "crept",
	wCrew:           "crew",
	wCrore:          "crore",
	wCrown:          "crown",
	wCrowns:         "crowns",
	wCt:             "ct",
	wCts:            "cts",
	wCu:             "cu",
	wCubic:          "cubic",
	wCup:            "cup",
	wCups:           "cups",
	wCurrencies:     "currencies",
	wCurrency:       "currency",
	wCurrent:        "current",
	wCurrently:      "currently",
	wCut:            "cut",
	wCuts:           "cuts",
	wCutting:        "cutting",
	wCwt:            "cwt",
	wD:              "d",
	wDaily:          "daily",
	wDamage:         "damage",
	wDamaged:        "damaged",
	wDamages:        "damages",
	wDamaging:       "damaging",
	wDark:           "dark",
	wDate:           "date",
	wDated:          "dated",
	wDaughter:       "daughter",
	wDay:            "day",
	wDays:           "days",
	wDe:             "de",
	wDead:           "dead",
	wDeadline:       "deadline",
	wDeadweight:     "deadweight",
	wDeal:           "deal",
	wDearer:         "dearer",
	wDeath:          "death",
	wDeaths:         "deaths",
	wDebentures:     "debentures",
	wDebt:           "debt",
	wDebts:          "debts",
	wDebut:          "debut",
	wDebuted:        "debuted",
	wDebuting:       "debuting",
	wDebuts:         "debuts",
	wDec:            "dec",
	wDecade:         "decade",
	wDecades:        "decades",
	wDecision:       "decision",
	wDecline:        "decline",
	wDeclined:       "declined",
	wDeclines:       "declines",
	wDecrease:       "decrease",
	wDecreased:      "decreased",
	wDecreases:      "decreases",
	wDecreasing:     "decreasing",
	wDeep:           "deep",
	wDeeper:         "deeper",
	wDefeat:         "defeat",
	wDefeated:       "defeated",
	wDefeating:      "defeating",
	wDefeats:        "defeats",
	wDeficit:        "deficit",
	wDegree:         "degree",
	wDegrees:        "degrees",
	wDelay:          "delay",
	wDelayed:        "delayed",
	wDelegation:     "delegation",
	wDelivery:       "delivery",
	wDeposit:        "deposit",
	wDeposits:       "deposits",
	wDepreciated:    "depreciated",
	wDepressed:      "depressed",
	wDept:           "dept",
	wDescended:      "descended",
	wDescending:     "descending",
	wDescends:       "descends",
	wDestroyed:      "destroyed",
	wDestroying:     "destroying",
	wDet:            "det",
	wDetained:       "detained",
	wDial:           "dial",
	wDialed:         "dialed",
	wDialing:        "dialing",
	wDialled:        "dialled",
	wDialling:       "dialling",
	wDials:          "dials",
	wDiamond:        "diamond",
	wDiamonds:       "diamonds",
	wDid:            "did",
	wDie:            "die",
	wDied:           "died",
	wDies:           "dies",
	wDinar:          "dinar",
	wDinars:         "dinars",
	wDip:            "dip",
	wDipped:         "dipped",
	wDipping:        "dipping",
	wDips:           "dips",
	wDirective:      "directive",
	wDirectorate:    "directorate",
	wDiscount:       "discount",
	wDistribution:   "distribution",
	wDived:          "dived",
	wDives:          "dives",
	wDividend:       "dividend",
	wDiving:         "diving",
	wDlr:            "dlr",
	wDlrs:           "dlrs",
	wDns:            "dns",
	wDo:             "do",
	wDoes:           "does",
	wDollar:         "dollar",
	wDollars:        "dollars",
	wDonate:         "donate",
	wDonated:        "donated",
	wDonates:        "donates",
	wDonating:       "donating",
	wDonation:       "donation",
	wDouble:         "double",
	wDoubled:        "doubled",
	wDoubles:        "doubles",
	wDoubling:       "doubling",
	wDown:           "down",
	wDowngraded:     "downgraded",
	wDozen:          "dozen",
	wDozens:         "dozens",
	wDr:             "dr",
	wDram:           "dram",
	wDrams:          "drams",
	wDraw:           "draw",
	wDrawing:        "drawing",
	wDrew:           "drew",
	wDrifted:        "drifted",
	wDrinking:       "drinking",
	wDrive:          "drive",
	wDriven:         "driven",
	wDrivers:        "drivers",
	wDrives:         "drives",
	wDriving:        "driving",
	wDrizzle:        "drizzle",
	wDrop:           "drop",
	wDropped:        "dropped",
	wDropping:       "dropping",
	wDrops:          "drops",
	wDrove:          "drove",
	wDrowned:        "drowned",
	wDrubbing:       "drubbing",
	wDry:            "dry",
	wDue:            "due",
	wDurum:          "durum",
	wDying:          "dying",
	wEach:           "each",
	wEagle:          "eagle",
	wEarlier:        "earlier",
	wEarly:          "early",
	wEarn:           "earn",
	wEarned:         "earned",
	wEarning:        "earning",
	wEarnings:       "earnings",
	wEarns:          "earns",
	wEarth:          "earth",
	wEarthquake:     "earthquake",
	wEarthquakes:    "earthquakes",
	wEase:           "ease",
	wEased:          "eased",
	wEasier:         "easier",
	wEasing:         "easing",
	wEast:           "east",
	wEastern:        "eastern",
	wEconomies:      "economies",
	wEdge:           "edge",
	wEdged:          "edged",
	wEdges:          "edges",
	wEdging:         "edging",
	wEdition:        "edition",
	wEdu:            "edu",
	wEffect:         "effect",
	wEffective:      "effective",
	wElected:        "elected",
	wElection:       "election",
	wEmerald:        "emerald",
	wEnd:            "end",
	wEnded:          "ended",
	wEnding:         "ending",
	wEnds:           "ends",
	wEnsuing:        "ensuing",
	wEnter:          "enter",
	wEntered:        "entered",
	wEntire:         "entire",
	wEntrants:       "entrants",
	wEquity:         "equity",
	wEquivalent:     "equivalent",
	wEst:            "est",
	wEstimate:       "estimate",
	wEstimated:      "estimated",
	wEstimates:      "estimates",
	wEstimating:     "estimating",
	wEtc:            "etc",
	wEu:             "eu",
	wEuro:           "euro",
	wEurobond:       "eurobond",
	wEurobonds:      "eurobonds",
	wEuropean:       "european",
	wEvacuated:      "evacuated",
	wEven:           "even",
	wEvening:        "evening",
	wEvens:          "evens",
	wEver:           "ever",
	wEvery:          "every",
	wExactly:        "exactly",
	wExchange:       "exchange",
	wExchanged:      "exchanged",
	wExisting:       "existing",
	wExit:           "exit",
	wExits:          "exits",
	wExpand:         "expand",
	wExpanded:       "expanded",
	wExpanding:      "expanding",
	wExpectancy:     "expectancy",
	wExpire:         "expire",
	wExpires:        "expires",
	wExpiring:       "expiring",
	wExpo:           "expo",
	wExtend:         "extend",
	wExtended:       "extended",
	wExtending:      "extending",
	wExtends:        "extends",
	wExtra:          "extra",
	wF:              "f",
	wFactor:         "factor",
	wFahrenheit:     "fahrenheit",
	wFair:           "fair",
	wFairway:        "fairway",
	wFall:           "fall",
	wFallen:         "fallen",
	wFalling:        "falling",
	wFalls:          "falls",
	wFaster:         "faster",
	wFatalities:     "fatalities",
	wFatality:       "fatality",
	wFavorite:       "favorite",
	wFavorites:      "favorites",
	wFavourite:      "favourite",
	wFavourites:     "favourites",
	wFeb:            "feb",
	wFee:            "fee",
	wFeeds:          "feeds",
	wFees:           "fees",
	wFeet:           "feet",
	wFell:           "fell",
	wFew:            "few",
	wFewer:          "fewer",
	wFibor:          "fibor",
	wFiddle:         "fiddle",
	wFig:            "fig",
	wFigure:         "figure",
	wFile:           "file",
	wFiled:          "filed",
	wFiling:         "filing",
	wFilings:        "filings",
	wFinal:          "final",
	wFinals:         "finals",
	wFine:           "fine",
	wFined:          "fined",
	wFines:          "fines",
	wFinish:         "finish",
	wFinished:       "finished",
	wFirm:           "firm",
	wFirmed:         "firmed",
	wFirmer:         "firmer",
	wFirming:        "firming",
	wFirst:          "first",
	wFiscal:         "fiscal",
	wFiver:          "fiver",
	wFixture:        "fixture",
	wFixtures:       "fixtures",
	wFl:             "fl",
	wFlat:           "flat",
	wFleet:          "fleet",
	wFlow:           "flow",
	wFlowed:         "flowed",
	wFlowing:        "flowing",
	wFlows:          "flows",
	wFluid:          "fluid",
	wFob:            "fob",
	wFog:            "fog",
	wFoggy:          "foggy",
	wFold:           "fold",
	wFollowing:      "following",
	wFollows:        "follows",
	wFoot:           "foot",
	wFor:            "for",
	wForce:          "force",
	wForecast:       "forecast",
	wForecaster:     "forecaster",
	wForecasts:      "forecasts",
	wForemost:       "foremost",
	wForm:           "form",
	wFormerly:       "formerly",
	wForms:          "forms",
	wFortnight:      "fortnight",
	wFourth:         "fourth",
	wFourths:        "fourths",
	wFr:             "fr",
	wFreighter:      "freighter",
	wFreighters:     "freighters",
	wFrom:           "from",
	wFt:             "ft",
	wFuel:           "fuel",
	wFull:           "full",
	wFunding:        "funding",
	wFunds:          "funds",
	wFurther:        "further",
	wFutures:        "futures",
	wGain:           "gain",
	wGained:         "gained",
	wGaining:        "gaining",
	wGains:          "gains",
	wGallon:         "gallon",
	wGamble:         "gamble",
	wGame:           "game",
	wGames:          "games",
	wGas:            "gas",
	wGen:            "gen",
	wGenerate:       "generate",
	wGenerated:      "generated",
	wGenerates:      "generates",
	wGenerating:     "generating",
	wGeneration:     "generation",
	wGet:            "get",
	wGets:           "gets",
	wGetting:        "getting",
	wGiga:           "giga",
	wGilts:          "gilts",
	wGiven:          "given",
	wGo:             "go",
	wGoal:           "goal",
	wGoals:          "goals",
	wGoes:           "goes",
	wGoing:          "going",
	wGold:           "gold",
	wGone:           "gone",
	wGot:            "got",
	wGov:            "gov",
	wGovernment:     "government",
	wGovernments:    "governments",
	wGrand:          "grand",
	wGrandchild:     "grandchild",
	wGranddaughter:  "granddaughter",
	wGrandson:       "grandson",
	wGrant:          "grant",
	wGravity:        "gravity",
	wGreater:        "greater",
	wGreen:          "green",
	wGrew:           "grew",
	wGross:          "gross",
	wGroup:          "group",
	wGrow:           "grow",
	wGrowing:        "growing",
	wGrown:          "grown",
	wGrows:          "grows",
	wGrowth:         "growth",
	wGt:             "gt",
	wGuess:          "guess",
	wGym:            "gym",
	wH:              "h",
	wHad:            "had",
	wHalf:           "half",
	wHalted:         "halted",
	wHalve:          "halve",
	wHalved:         "halved",
	wHand:           "hand",
	wHard:           "hard",
	wHarvested:      "harvested",
	wHas:            "has",
	wHave:           "have",
	wHazy:           "hazy",
	wHe:             "he",
	wHead:           "head",
	wHearing:        "hearing",
	wHeat:           "heat",
	wHeating:        "heating",
	wHeats:          "heats",
	wHeavier:        "heavier",
	wHectare:        "hectare",
	wHeld:           "held",
	wHelpline:       "helpline",
	wHer:            "her",
	wHigh:           "high",
	wHigher:         "higher",
	wHike:           "hike",
	wHiked:          "hiked",
	wHikes:          "hikes",
	wHim:            "him",
	wHis:            "his",
	wHit:            "hit",
	wHold:           "hold",
	wHolders:        "holders",
	wHolding:        "holding",
	wHolds:          "holds",
	wHole:           "hole",
	wHoled:          "holed",
	wHome:           "home",
	wHomebuyers:     "homebuyers",
	wHomes:          "homes",
	wHon:            "hon",
	wHospital:       "hospital",
	wHospitalised:   "hospitalised",
	wHospitalized:   "hospitalized",
	wHotline:        "hotline",
	wHour:           "hour",
	wHours:          "hours",
	wHousehold:      "household",
	wHr:             "hr",
	wHrs:            "hrs",
	wHrw:            "hrw",
	wHtm:            "htm",
	wHtml:           "html",
	wHundred:        "hundred",
	wHurdles:        "hurdles",
	wHurt:           "hurt",
	wI:              "i",
	wIdled:          "idled",
	wIl:             "il",
	wImage:          "image",
	wImages:         "images",
	wImmediately:    "immediately",
	wImplies:        "implies",
	wImproved:       "improved",
	wIn:             "in",
	wInc:            "inc",
	wInch:           "inch",
	wInches:         "inches",
	wIncline:        "incline",
	wInclude:        "include",
	wIncluded:       "included",
	wIncludes:       "includes",
	wIncluding:      "including",
	wIncome:         "income",
	wIncrease:       "increase",
	wIncreased:      "increased",
	wIncreases:      "increases",
	wIncreasing:     "increasing",
	wIndex:          "index",
	wIndicates:      "indicates",
	wIndoor:         "indoor",
	wInflation:      "inflation",
	wInfo:           "info",
	wInhabitant:     "inhabitant",
	wInitially:      "initially",
	wInjured:        "injured",
	wInjures:        "injures",
	wInjuries:       "injuries",
	wInjuring:       "injuring",
	wInjury:         "injury",
	wInnings:        "innings",
	wIns:            "ins",
	wInside:         "inside",
	wInsp:           "insp",
	wInstead:        "instead",
	wInt:            "int",
	wInterbank:      "interbank",
	wInterest:       "interest",
	wIntersection:   "intersection",
	wIntervening:    "intervening",
	wInto:           "into",
	wInvest:         "invest",
	wInvested:       "invested",
	wInvesting:      "investing",
	wInvestment:     "investment",
	wInvestments:    "investments",
	wInvestor:       "investor",
	wInvestors:      "investors",
	wInvests:        "invests",
	wIo:             "io",
	wIrish:          "irish",
	wIron:           "iron",
	wIrrigated:      "irrigated",
	wIs:             "is",
	wIssue:          "issue",
	wIssued:         "issued",
	wIssues:         "issues",
	wIt:             "it",
	wItem:           "item",
	wItems:          "items",
	wIts:            "its",
	wItself:         "itself",
	wJack:           "jack",
	wJacked:         "jacked",
	wJan:            "jan",
	wJersey:         "jersey",
	wJet:            "jet",
	wJetliner:       "jetliner",
	wJetliners:      "jetliners",
	wJets:           "jets",
	wJoin:           "join",
	wJoins:          "joins",
	wJoint:          "joint",
	wJr:             "jr",
	wJul:            "jul",
	wJuly:           "july",
	wJumbo:          "jumbo",
	wJumbos:         "jumbos",
	wJump:           "jump",
	wJumped:         "jumped",
	wJumping:        "jumping",
	wJumps:          "jumps",
	wJun:            "jun",
	wJune:           "june",
	wJunta:          "junta",
	wJury:           "jury",
	wJust:           "just",
	wK:              "k",
	wKb:             "kb",
	wKernel:         "kernel",
	wKicked:         "kicked",
	wKicking:        "kicking",
	wKicks:          "kicks",
	wKill:           "kill",
	wKilled:         "killed",
	wKilling:        "killing",
	wKills:          "kills",
	wKilo:           "kilo",
	wKilometers:     "kilometers",
	wKilometres:     "kilometres",
	wKm:             "km",
	wKn:             "kn",
	wKnocked:        "knocked",
	wKnocking:       "knocking",
	wKr:             "kr",
	wKtpa:           "ktpa",
	wL:              "l",
	wLadbrokes:      "ladbrokes",
	wLaid:           "laid",
	wLakh:           "lakh",
	wLanded:         "landed",
	wLands:          "lands",
	wLane:           "lane",
	wLap:            "lap",
	wLarge:          "large",
	wLarger:         "larger",
	wLast:           "last",
	wLasted:         "lasted",
	wLasting:        "lasting",
	wLasts:          "lasts",
	wLate:           "late",
	wLater:          "later",
	wLatitude:       "latitude",
	wLatter:         "latter",
	wLay:            "lay",
	wLb:             "lb",
	wLbs:            "lbs",
	wLead:           "lead",
	wLeading:        "leading",
	wLeads:          "leads",
	wLeap:           "leap",
	wLeaped:         "leaped",
	wLeapt:          "leapt",
	wLease:          "lease",
	wLeast:          "least",
	wLeave:          "leave",
	wLeaves:         "leaves",
	wLeaving:        "leaving",
	wLed:            "led",
	wLeft:           "left",
	wLeg:            "leg",
	wLengths:        "lengths",
	wLess:           "less",
	wLevel:          "level",
	wLibid:          "libid",
	wLibor:          "libor",
	wLicensing:      "licensing",
	wLife:           "life",
	wLift:           "lift",
	wLifted:         "lifted",
	wLifting:        "lifting",
	wLifts:          "lifts",
	wLight:          "light",
	wLighter:        "lighter",
	wLine:           "line",
	wLineup:         "lineup",
	wListen:         "listen",
	wLittle:         "little",
	wLive:           "live",
	wLived:          "lived",
	wLives:          "lives",
	wLiving:         "living",
	wLng:            "lng",
	wLoan:           "loan",
	wLoans:          "loans",
	wLocal:          "local",
	wLong:           "long",
	wLonger:         "longer",
	wLongitude:      "longitude",
	wLongshot:       "longshot",
	wLose:           "lose",
	wLoses:          "loses",
	wLosing:         "losing",
	wLoss:           "loss",
	wLosses:         "losses",
	wLost:           "lost",
	wLow:            "low",
	wLower:          "lower",
	wLowered:        "lowered",
	wLowering:       "lowering",
	wLowers:         "lowers",
	wLt:             "lt",
	wLtd:            "ltd",
	wM:              "m",
	wMade:           "made",
	wMagnified:      "magnified",
	wMagnifies:      "magnifies",
	wMagnify:        "magnify",
	wMagnitude:      "magnitude",
	wMainframe:      "mainframe",
	wMaj:            "maj",
	wMajority:       "majority",
	wMakes:          "makes",
	wMaking:         "making",
	wMan:            "man",
	wManitoba:       "manitoba",
	wMany:           "many",
	wMar:            "mar",
	wMargin:         "margin",
	wMark:           "mark",
	wMarket:         "market",
	wMarking:        "marking",
	wMarks:          "marks",
	wMarried:        "married",
	wMass:           "mass",
	wMasses:         "masses",
	wMatch:          "match",
	wMatches:        "matches",
	wMature:         "mature",
	wMatures:        "matures",
	wMaturing:       "maturing",
	wMay:            "may",
	wMb:             "mb",
	wMca:            "mca",
	wMcas:           "mcas",
	wMcf:            "mcf",
	wMcm:            "mcm",
	wMe:             "me",
	wMeans:          "means",
	wMeanwhile:      "meanwhile",
	wMeasures:       "measures",
	wMeasuring:      "measuring",
	wMedals:         "medals",
	wMeeting:        "meeting",
	wMega:           "mega",
	wMembers:        "members",
	wMeteorologist:  "meteorologist",
	wMetric:         "metric",
	wMid:            "mid",
	wMiddle:         "middle",
	wMidnight:       "midnight",
	wMight:          "might",
	wMile:           "mile",
	wMiles:          "miles",
	wMilli:          "milli",
	wMillion:        "million",
	wMin:            "min",
	wMins:           "mins",
	wMinus:          "minus",
	wMinute:         "minute",
	wMinutes:        "minutes",
	wMissing:        "missing",
	wMmcf:           "mmcf",
	wMmcfd:          "mmcfd",
	wMmscfd:         "mmscfd",
	wMmt:            "mmt",
	wMmtpa:          "mmtpa",
	wMoney:          "money",
	wMonth:          "month",
	wMonthly:        "monthly",
	wMore:           "more",
	wMorning:        "morning",
	wMortgage:       "mortgage",
	wMost:           "most",
	wMother:         "mother",
	wMothers:        "mothers",
	wMove:           "move",
	wMoved:          "moved",
	wMoves:          "moves",
	wMoving:         "moving",
	wMr:             "mr",
	wMrs:            "mrs",
	wMs:             "ms",
	wMsf:            "msf",
	wMt:             "mt",
	wMtpa:           "mtpa",
	wMuch:           "much",
	wMultiple:       "multiple",
	wMultiplied:     "multiplied",
	wMust:           "must",
	wMy:             "my",
	wNarrow:         "narrow",
	wNarrowed:       "narrowed",
	wNarrowing:      "narrowing",
	wNarrows:        "narrows",
	wNations:        "nations",
	wNature:         "nature",
	wNautical:       "nautical",
	wNd:             "nd",
	wNear:           "near",
	wNearby:         "nearby",
	wNearly:         "nearly",
	wNeed:           "need",
	wNegative:       "negative",
	wNet:            "net",
	wNets:           "nets",
	wNetted:         "netted",
	wNever:          "never",
	wNew:            "new",
	wNewfoundland:   "newfoundland",
	wNews:           "news",
	wNext:           "next",
	wNickel:         "nickel",
	wNight:          "night",
	wNil:            "nil",
	wNm:             "nm",
	wNo:             "no",
	wNobody:         "nobody",
	wNone:           "none",
	wNoon:           "noon",
	wNorth:          "north",
	wNorthern:       "northern",
	wNos:            "nos",
	wNot:            "not",
	wNotch:          "notch",
	wNotches:        "notches",
	wNote:           "note",
	wNotes:          "notes",
	wNought:         "nought",
	wNov:            "nov",
	wNova:           "nova",
	wNow:            "now",
	wNs:             "ns",
	wNumber:         "number",
	wNumerous:       "numerous",
	wOats:           "oats",
	wOct:            "oct",
	wOdd:            "odd",
	wOdds:           "odds",
	wOf:             "of",
	wOff:            "off",
	wOffender:       "offender",
	wOffenders:      "offenders",
	wOffer:          "offer",
	wOffered:        "offered",
	wOffering:       "offering",
	wOfficial:       "official",
	wOg:             "og",
	wOh:             "oh",
	wOil:            "oil",
	wOld:            "old",
	wOlder:          "older",
	wOlds:           "olds",
	wOlympic:        "olympic",
	wOn:             "on",
	wOnce:           "once",
	wOne:            "one",
	wOnly:           "only",
	wOnt:            "ont",
	wOntario:        "ontario",
	wOp:             "op",
	wOpen:           "open",
	wOpened:         "opened",
	wOpening:        "opening",
	wOpens:          "opens",
	wOperating:      "operating",
	wOr:             "or",
	wOrder:          "order",
	wOrdered:        "ordered",
	wOre:            "ore",
	wOrg:            "org",
	wOriginally:     "originally",
	wOther:          "other",
	wOur:            "our",
	wOut:            "out",
	wOutdoor:        "outdoor",
	wOutput:         "output",
	wOutside:        "outside",
	wOutsider:       "outsider",
	wOven:           "oven",
	wOvens:          "ovens",
	wOver:           "over",
	wOvercast:       "overcast",
	wOverridden:     "overridden",
	wOverride:       "override",
	wOverrode:       "overrode",
	wOvers:          "overs",
	wOversubscribed: "oversubscribed",
	wOverweight:     "overweight",
	wOwe:            "owe",
	wOwed:           "owed",
	wOwes:           "owes",
	wOwing:          "owing",
	wOwn:            "own",
	wOwned:          "owned",
	wOwner:          "owner",
	wOwners:         "owners",
	wOwnership:      "ownership",
	wP:              "p",
	wPackage:        "package",
	wPage:           "page",
	wPaid:           "paid",
	wPair:           "pair",
	wPalladium:      "palladium",
	wPanel:          "panel",
	wPaper:          "paper",
	wPar:            "par",
	wPara:           "para",
	wParents:        "parents",
	wPart:           "part",
	wParties:        "parties",
	wPartnership:    "partnership",
	wParts:          "parts",
	wParty:          "party",
	wPassed:         "passed",
	wPassenger:      "passenger",
	wPast:           "past",
	wPatrol:         "patrol",
	wPay:            "pay",
	wPayable:        "payable",
	wPaying:         "paying",
	wPayment:        "payment",
	wPayments:       "payments",
	wPays:           "pays",
	wPc:             "pc",
	wPct:            "pct",
	wPeak:           "peak",
	wPeaked:         "peaked",
	wPeaking:        "peaking",
	wPeaks:          "peaks",
	wPeg:            "peg",
	wPegged:         "pegged",
	wPen:            "pen",
	wPenalty:        "penalty",
	wPence:          "pence",
	wPenny:          "penny",
	wPension:        "pension",
	wPer:            "per",
	wPercent:        "percent",
	wPercentage:     "percentage",
	wPercentages:    "percentages",
	wPeriod:         "period",
	wPerson:         "person",
	wPhase:          "phase",
	wPhoned:         "phoned",
	wPhoto:          "photo",
	wPhotos:         "photos",
	wPhp:            "php",
	wPibor:          "pibor",
	wPick:           "pick",
	wPicked:         "picked",
	wPicks:          "picks",
	wPicture:        "picture",
	wPictures:       "pictures",
	wPipeline:       "pipeline",
	wPitch:          "pitch",
	wPlace:          "place",
	wPlacement:      "placement",
	wPlaces:         "places",
	wPlane:          "plane",
	wPlanes:         "planes",
	wPlanted:        "planted",
	wPlatinum:       "platinum",
	wPlato:          "plato",
	wPlc:            "plc",
	wPlummet:        "plummet",
	wPlummeted:      "plummeted",
	wPlummeting:     "plummeting",
	wPlummets:       "plummets",
	wPlunge:         "plunge",
	wPlunged:        "plunged",
	wPlunges:        "plunges",
	wPlunging:       "plunging",
	wPlus:           "plus",
	wPm:             "pm",
	wPoint:          "point",
	wPoints:         "points",
	wPoll:           "poll",
	wPolls:          "polls",
	wPoorS:          "poor's",
	wPosition:       "position",
	wPositions:      "positions",
	wPost:           "post",
	wPosted:         "posted",
	wPostponed:      "postponed",
	wPound:          "pound",
	wPounds:         "pounds",
	wPoured:         "poured",
	wPouring:        "pouring",
	wPp:             "pp",
	wPre:            "pre",
	wPreceding:      "preceding",
	wPreferred:      "preferred",
	wPreheat:        "preheat",
	wPreheated:      "preheated",
	wPremium:        "premium",
	wPres:           "pres",
	wPresent:        "present",
	wPresidency:     "presidency",
	wPrevious:       "previous",
	wPreviously:     "previously",
	wPrice:          "price",
	wPriced:         "priced",
	wPrices:         "prices",
	wPrime:          "prime",
	wPrinter:        "printer",
	wPrior:          "prior",
	wPrize:          "prize",
	wProcessor:      "processor",
	wProduction:     "production",
	wProf:           "prof",
	wProfit:         "profit",
	wProfits:        "profits",
	wProjected:      "projected",
	wProjection:     "projection",
	wProposed:       "proposed",
	wPs:             "ps",
	wPts:            "pts",
	wPublic:         "public",
	wPublished:      "published",
	wPulled:         "pulled",
	wPunters:        "punters",
	wPush:           "push",
	wPushed:         "pushed",
	wPushes:         "pushes",
	wPushing:        "pushing",
	wPut:            "put",
	wPuts:           "puts",
	wPutt:           "putt",
	wPutting:        "putting",
	wQ:              "q",
	wQtr:            "qtr",
	wQtrs:           "qtrs",
	wQuake:          "quake",
	wQuakes:         "quakes",
	wQuarter:        "quarter",
	wQuarters:       "quarters",
	wQue:            "que",
	wQuebec:         "quebec",
	wQuicker:        "quicker",
	wQuoted:         "quoted",
	wRace:           "race",
	wRain:           "rain",
	wRainy:          "rainy",
	wRaise:          "raise",
	wRaised:         "raised",
	wRaises:         "raises",
	wRaising:        "raising",
	wRallied:        "rallied",
	wRallies:        "rallies",
	wRally:          "rally",
	wRallying:       "rallying",
	wRan:            "ran",
	wRang:           "rang",
	wRange:          "range",
	wRanged:         "ranged",
	wRanges:         "ranges",
	wRanging:        "ranging",
	wRanked:         "ranked",
	wRanking:        "ranking",
	wRankings:       "rankings",
	wRanks:          "ranks",
	wRatchet:        "ratchet",
	wRatcheted:      "ratcheted",
	wRate:           "rate",
	wRated:          "rated",
	wRates:          "rates",
	wRather:         "rather",
	wRatio:          "ratio",
	wRd:             "rd",
	wReach:          "reach",
	wReached:        "reached",
	wReaches:        "reaches",
	wRead:           "read",
	wReagan:         "reagan",
	wRebound:        "rebound",
	wRebounded:      "rebounded",
	wRebounding:     "rebounding",
	wRebounds:       "rebounds",
	wRecent:         "recent",
	wRecord:         "record",
	wRecorded:       "recorded",
	wRecords:        "records",
	wRecover:        "recover",
	wRecovered:      "recovered",
	wRecovering:     "recovering",
	wRecovers:       "recovers",
	wRed:            "red",
	wReduce:         "reduce",
	wReduced:        "reduced",
	wReduces:        "reduces",
	wReducing:       "reducing",
	wReduction:      "reduction",
	wReductions:     "reductions",
	wReflects:       "reflects",
	wRegulation:     "regulation",
	wRelay:          "relay",
	wRelease:        "release",
	wRemain:         "remain",
	wRemained:       "remained",
	wRemaining:      "remaining",
	wRemains:        "remains",
	wRep:            "rep",
	wReport:         "report",
	wReported:       "reported",
	wReporting:      "reporting",
	wReports:        "reports",
	wRepresents:     "represents",
	wRescue:         "rescue",
	wRescued:        "rescued",
	wReserves:       "reserves",
	wResident:       "resident",
	wResolution:     "resolution",
	wRespectively:   "respectively",
	wResume:         "resume",
	wResumes:        "resumes",
	wRetire:         "retire",
	wRetired:        "retired",
	wRetires:        "retires",
	wRetiring:       "retiring",
	wRetreated:      "retreated",
	wRetreating:     "retreating",
	wReturn:         "return",
	wReturns:        "returns",
	wRev:            "rev",
	wRevenue:        "revenue",
	wRevenues:       "revenues",
	wRevise:         "revise",
	wRevised:        "revised",
	wRevises:        "revises",
	wRevising:       "revising",
	wReward:         "reward",
	wRice:           "rice",
	wRichter:        "richter",
	wRight:          "right",
	wRights:         "rights",
	wRise:           "rise",
	wRisen:          "risen",
	wRises:          "rises",
	wRising:         "rising",
	wRoast:          "roast",
	wRoasted:        "roasted",
	wRose:           "rose",
	wRotation:       "rotation",
	wRoughly:        "roughly",
	wRound:          "round",
	wRout:           "rout",
	wRoute:          "route",
	wRouted:         "routed",
	wRow:            "row",
	wRows:           "rows",
	wRuby:           "ruby",
	wRule:           "rule",
	wRuled:          "ruled",
	wRuling:         "ruling",
	wRun:            "run",
	wRung:           "rung",
	wRungs:          "rungs",
	wRunning:        "running",
	wRuns:           "runs",
	wS:              "s",
	wSaid:           "said",
	wSalary:         "salary",
	wSales:          "sales",
	wSame:           "same",
	wSank:           "sank",
	wSapphire:       "sapphire",
	wSask:           "sask",
	wSaskatchewan:   "saskatchewan",
	wSat:            "sat",
	wSavings:        "savings",
	wSays:           "says",
	wScale:          "scale",
	wScheduled:      "scheduled",
	wScore:          "score",
	wScored:         "scored",
	wScoreline:      "scoreline",
	wScores:         "scores",
	wScoring:        "scoring",
	wScotia:         "scotia",
	wSeason:         "season",
	wSeat:           "seat",
	wSeater:         "seater",
	wSeats:          "seats",
	wSec:            "sec",
	wSecond:         "second",
	wSeconds:        "seconds",
	wSecs:           "secs",
	wSection:        "section",
	wSeed:           "seed",
	wSeeded:         "seeded",
	wSeen:           "seen",
	wSelect:         "select",
	wSemi:           "semi",
	wSen:            "sen",
	wSend:           "send",
	wSending:        "sending",
	wSends:          "sends",
	wSent:           "sent",
	wSentence:       "sentence",
	wSep:            "sep",
	wSept:           "sept",
	wSerial:         "serial",
	wSeries:         "series",
	wServe:          "serve",
	wServed:         "served",
	wServes:         "serves",
	wService:        "service",
	wServices:       "services",
	wSession:        "session",
	wSet:            "set",
	wSets:           "sets",
	wSetting:        "setting",
	wSettled:        "settled",
	wSettlement:     "settlement",
	wSeveral:        "several",
	wSgt:            "sgt",
	wShare:          "share",
	wShareholders:   "shareholders",
	wShareholding:   "shareholding",
	wShares:         "shares",
	wShe:            "she",
	wShed:           "shed",
	wShedding:       "shedding",
	wSheds:          "sheds",
	wShift:          "shift",
	wShifted:        "shifted",
	wShirt:          "shirt",
	wShop:           "shop",
	wShops:          "shops",
	wShort:          "short",
	wShorter:        "shorter",
	wShortly:        "shortly",
	wShot:           "shot",
	wShots:          "shots",
	wShould:         "should",
	wShows:          "shows",
	wShr:            "shr",
	wShrank:         "shrank",
	wShrink:         "shrink",
	wShrinks:        "shrinks",
	wShrs:           "shrs",
	wShrunk:         "shrunk",
	wShut:           "shut",
	wShuts:          "shuts",
	wShutting:       "shutting",
	wSide:           "side",
	wSign:           "sign",
	wSignals:        "signals",
	wSigned:         "signed",
	wSigns:          "signs",
	wSilver:         "silver",
	wSince:          "since",
	wSingle:         "single",
	wSingles:        "singles",
	wSink:           "sink",
	wSister:         "sister",
	wSits:           "sits",
	wSize:           "size",
	wSizes:          "sizes",
	wSlashed:        "slashed",
	wSlashes:        "slashes",
	wSlid:           "slid",
	wSlide:          "slide",
	wSlides:         "slides",
	wSliding:        "sliding",
	wSlightly:       "slightly",
	wSlip:           "slip",
	wSlipped:        "slipped",
	wSlipping:       "slipping",
	wSlope:          "slope",
	wSlower:         "slower",
	wSlump:          "slump",
	wSlumped:        "slumped",
	wSmaller:        "smaller",
	wSnow:           "snow",
	wSo:             "so",
	wSoar:           "soar",
	wSoared:         "soared",
	wSoaring:        "soaring",
	wSoars:          "soars",
	wSoft:           "soft",
	wSoftware:       "software",
	wSolar:          "solar",
	wSold:           "sold",
	wSolitaire:      "solitaire",
	wSolution:       "solution",
	wSolutions:      "solutions",
	wSome:           "some",
	wSon:            "son",
	wSong:           "song",
	wSongs:          "songs",
	wSoon:           "soon",
	wSorghum:        "sorghum",
	wSouth:          "south",
	wSouthern:       "southern",
	wSown:           "sown",
	wSoybeans:       "soybeans",
	wSpace:          "space",
	wSpanning:       "spanning",
	wSpecial:        "special",
	wSpend:          "spend",
	wSpending:       "spending",
	wSpends:         "spends",
	wSpent:          "spent",
	wSplit:          "split",
	wSplits:         "splits",
	wSpot:           "spot",
	wSpots:          "spots",
	wSpread:         "spread",
	wSpreads:        "spreads",
	wSpring:         "spring",
	wSprint:         "sprint",
	wSq:             "sq",
	wSquad:          "squad",
	wSquandered:     "squandered",
	wSquare:         "square",
	wSr:             "sr",
	wSrw:            "srw",
	wSt:             "st",
	wStabbed:        "stabbed",
	wStaff:          "staff",
	wStage:          "stage",
	wStake:          "stake",
	wStandard:       "standard",
	wStandings:      "standings",
	wStart:          "start",
	wStarting:       "starting",
	wStarts:         "starts",
	wState:          "state",
	wStatement:      "statement",
	wStates:         "states",
	wStatute:        "statute",
	wStay:           "stay",
	wStayed:         "stayed",
	wStaying:        "staying",
	wStays:          "stays",
	wSteady:         "steady",
	wStep:           "step",
	wStepdaughter:   "stepdaughter",
	wStepped:        "stepped",
	wSteps:          "steps",
	wStepson:        "stepson",
	wSterling:       "sterling",
	wStill:          "still",
	wStock:          "stock",
	wStocks:         "stocks",
	wStone:          "stone",
	wStood:          "stood",
	wStop:           "stop",
	wStopped:        "stopped",
	wStops:          "stops",
	wStore:          "store",
	wStores:         "stores",
	wStreak:         "streak",
	wStreet:         "street",
	wStrengthened:   "strengthened",
	wStretch:        "stretch",
	wStretched:      "stretched",
	wStretches:      "stretches",
	wStretching:     "stretching",
	wString:         "string",
	wStrong:         "strong",
	wStronger:       "stronger",
	wStumps:         "stumps",
	wSub:            "sub",
	wSubsequent:     "subsequent",
	wSucceeding:     "succeeding",
	wSuggests:       "suggests",
	wSum:            "sum",
	wSummit:         "summit",
	wSunny:          "sunny",
	wSupermarket:    "supermarket",
	wSupermarkets:   "supermarkets",
	wSupt:           "supt",
	wSurge:          "surge",
	wSurged:         "surged",
	wSurround:       "surround",
	wSurveillance:   "surveillance",
	wSurvey:         "survey",
	wSurvive:        "survive",
	wSurvived:       "survived",
	wSuspended:      "suspended",
	wSwelled:        "swelled",
	wSwitch:         "switch",
	wSwitched:       "switched",
	wSww:            "sww",
	wSystem:         "system",
	wSystems:        "systems",
	wT:              "t",
	wTake:           "take",
	wTaken:          "taken",
	wTakes:          "takes",
	wTaking:         "taking",
	wTall:           "tall",
	wTaller:         "taller",
	wTarget:         "target",
	wTax:            "tax",
	wTaxes:          "taxes",
	wTaxpayers:      "taxpayers",
	wTcf:            "tcf",
	wTeam:           "team",
	wTear:           "tear",
	wTee:            "tee",
	wTemblor:        "temblor",
	wTen:            "ten",
	wTender:         "tender",
	wTenner:         "tenner",
	wTens:           "tens",
	wTera:           "tera",
	wTerm:           "term",
	wTerms:          "terms",
	wTest:           "test",
	wTh:             "th",
	wThan:           "than",
	wThanks:         "thanks",
	wThat:           "that",
	wThe:            "the",
	wTheir:          "their",
	wThem:           "them",
	wThen:           "then",
	wThereafter:     "thereafter",
	wThese:          "these",
	wThey:           "they",
	wThick:          "thick",
	wThing:          "thing",
	wThink:          "think",
	wThird:          "third",
	wThirds:         "thirds",
	wThis:           "this",
	wThose:          "those",
	wThough:         "though",
	wThoughts:       "thoughts",
	wThousand:       "thousand",
	wThousands:      "thousands",
	wThrashed:       "thrashed",
	wThrashing:      "thrashing",
	wThree:          "three",
	wThreshold:      "threshold",
	wThrice:         "thrice",
	wThrough:        "through",
	wThs:            "ths",
	wTick:           "tick",
	wTicked:         "ticked",
	wTicket:         "ticket",
	wTickets:        "tickets",
	wTicks:          "ticks",
	wTie:            "tie",
	wTied:           "tied",
	wTier:           "tier",
	wTies:           "ties",
	wTightening:     "tightening",
	wTill:           "till",
	wTilt:           "tilt",
	wTime:           "time",
	wTimed:          "timed",
	wTimes:          "times",
	wTitle:          "title",
	wTitles:         "titles",
	wTo:             "to",
	wToday:          "today",
	wTodayS:         "today's",
	wTomorrow:       "tomorrow",
	wTon:            "ton",
	wTonight:        "tonight",
	wTonne:          "tonne",
	wTonnes:         "tonnes",
	wTons:           "tons",
	wTook:           "took",
	wTop:            "top",
	wTore:           "tore",
	wTorn:           "torn",
	wTotal:          "total",
	wTouchdown:      "touchdown",
	wTraded:         "traded",
	wTrading:        "trading",
	wTrail:          "trail",
	wTrailed:        "trailed",
	wTrailing:       "trailing",
	wTransferred:    "transferred",
	wTrapped:        "trapped",
	wTreasuries:     "treasuries",
	wTreasury:       "treasury",
	wTreble:         "treble",
	wTremor:         "tremor",
	wTremors:        "tremors",
	wTribunal:       "tribunal",
	wTrillion:       "trillion",
	wTrimmed:        "trimmed",
	wTrims:          "trims",
	wTriple:         "triple",
	wTripled:        "tripled",
	wTriumph:        "triumph",
	wTroy:           "troy",
	wTry:            "try",
	wTumble:         "tumble",
	wTumbled:        "tumbled",
	wTumbles:        "tumbles",
	wTumbling:       "tumbling",
	wTurn:           "turn",
	wTurned:         "turned",
	wTurns:          "turns",
	wTwaddell:       "twaddell",
	wTwenty:         "twenty",
	wTwice:          "twice",
	wTwo:            "two",
	wU:              "u",
	wUk:             "uk",
	wUmpire:         "umpire",
	wUnch:           "unch",
	wUnchanged:      "unchanged",
	wUnder:          "under",
	wUnit:           "unit",
	wUnits:          "units",
	wUniv:           "univ",
	wUntil:          "until",
	wUp:             "up",
	wUpdate:         "update",
	wUpdated:        "updated",
	wUpgraded:       "upgraded",
	wUpped:          "upped",
	wUpper:          "upper",
	wUpping:         "upping",
	wUps:            "ups",
	wUpset:          "upset",
	wUranium:        "uranium",
	wUs:             "us",
	wUser:           "user",
	wUsers:          "users",
	wV:              "v",
	wValue:          "value",
	wVaried:         "varied",
	wVaries:         "varies",
	wVary:           "vary",
	wVarying:        "varying",
	wVerdict:        "verdict",
	wVersion:        "version",
	wVersus:         "versus",
	wVeto:           "veto",
	wVictories:      "victories",
	wVictory:        "victory",
	wVideo:          "video",
	wVideos:         "videos",
	wView:           "view",
	wViews:          "views",
	wVisitor:        "visitor",
	wVisitors:       "visitors",
	wVol:            "vol",
	wVote:           "vote",
	wVoted:          "voted",
	wVoter:          "voter",
	wVoters:         "voters",
	wVotes:          "votes",
	wVoting:         "voting",
	wVoucher:        "voucher",
	wVouchers:       "vouchers",
	wVs:             "vs",
	wWage:           "wage",
	wWait:           "wait",
	wWaited:         "waited",
	wWaiting:        "waiting",
	wWaits:          "waits",
	wWall:           "wall",
	wWar:            "war",
	wWarrant:        "warrant",
	wWarrants:       "warrants",
	wWas:            "was",
	wWashington:     "washington",
	wWasted:         "wasted",
	wWay:            "way",
	wWe:             "we",
	wWeakened:       "weakened",
	wWeaker:         "weaker",
	wWear:           "wear",
	wWearing:        "wearing",
	wWears:          "wears",
	wWeek:           "week",
	wWeekly:         "weekly",
	wWeigh:          "weigh",
	wWeighed:        "weighed",
	wWeighing:       "weighing",
	wWeighs:         "weighs",
	wWeight:         "weight",
	wWeighted:       "weighted",
	wWell:           "well",
	wWells:          "wells",
	wWent:           "went",
	wWere:           "were",
	wWest:           "west",
	wWestern:        "western",
	wWet:            "wet",
	wWhat:           "what",
	wWheat:          "wheat",
	wWheeler:        "wheeler",
	wWheelers:       "wheelers",
	wWhen:           "when",
	wWhereas:        "whereas",
	wWhich:          "which",
	wWhichever:      "whichever",
	wWhile:          "while",
	wWhite:          "white",
	wWho:            "who",
	wWhole:          "whole",
	wWhom:           "whom",
	wWicket:         "wicket",
	wWickets:        "wickets",
	wWide:           "wide",
	wWiden:          "widen",
	wWidened:        "widened",
	wWidening:       "widening",
	wWidens:         "widens",
	wWider:          "wider",
	wWill:           "will",
	wWin:            "win",
	wWind:           "wind",
	wWindy:          "windy",
	wWinner:         "winner",
	wWinners:        "winners",
	wWinning:        "winning",
	wWins:           "wins",
	wWinter:         "winter",
	wWith:           "with",
	wWithin:         "within",
	wWithout:        "without",
	wWoman:          "woman",
	wWon:            "won",
	wWood:           "wood",
	wWore:           "wore",
	wWork:           "work",
	wWorked:         "worked",
	wWorking:        "working",
	wWorks:          "works",
	wWorkstation:    "workstation",
	wWorld:          "world",
	wWorth:          "worth",
	wWould:          "would",
	wWound:          "wound",
	wWounded:        "wounded",
	wWounding:       "wounding",
	wWounds:         "wounds",
	wX:              "x",
	wYear:           "year",
	wYearly:         "yearly",
	wYears:          "years",
	wYellow:         "yellow",
	wYesterday:      "yesterday",
	wYesterdayS:     "yesterday's",
	wYield:          "yield",
	wYields:         "yields",
	wYo:             "yo",
	wYou:            "you",
	wYoung:          "young",
	wYounger:        "younger",
	wYour:           "your",
	wZero:           "zero",
	wZinc:           "zinc",
	wZone:           "zone",
}
