# Generates a mixed registry batch: every contract rule, varied inputs, ~3 % invalid lines.
import json, random, sys
random.seed(17)
n = int(sys.argv[1]); out = open(sys.argv[2], 'w')
T = ["T1a","T1b","T2a","T2b","T3a","T3b","T4a","T4b"]; N = ["N0","N1a","N1b","N1c","N2a","N2b","N2c","N3a","N3b","N3c"]
sites = ["nose","cheek","back","trunk","forearm","scalp","hand","ear","thigh","neck"]
terms = [("Rash acneiform",{"bsaPercent":20,"psychosocialImpact":True}),("Pruritus",{"extent":"widespread-intermittent","treatment":"oral"}),
         ("Dry skin",{"bsaPercent":15,"symptoms":"mild"}),("Alopecia",{"hairLossPercent":60,"wigNeeded":True}),("Nail changes",{})]
def req(i):
    k = i % 16
    if k == 0: return {"rule":"melanoma.t","input":{"breslowMm":round(random.uniform(0,8),2),"ulceration":random.random()<.3}}
    if k == 1: return {"rule":"melanoma.n","input":{"occultNodes":random.randint(0,5),"clinicalNodes":random.randint(0,2),"itm":random.random()<.2}}
    if k == 2: return {"rule":"melanoma.m","input":{"sites":random.sample(["lung","liver","skin","brain"],random.randint(0,2)),"ldh":"normal"}}
    if k in (3,4): return {"rule":"melanoma.stage","input":{"classification":random.choice(["clinical","pathological"]),"t":random.choice(T),"n":random.choice(N),"m":random.choice(["M0","M0","M1b(0)"])}}
    if k == 5: return {"rule":"melanoma.margin","input":{"breslowMm":round(random.uniform(0,6),1)}}
    if k == 6: return {"rule":"melanoma.slnb","input":{"t":random.choice(T)}}
    if k == 7: return {"rule":"cscc.t","input":{"diameterCm":round(random.uniform(0.2,6),1),"perineuralInvasion":random.random()<.1}}
    if k == 8: return {"rule":"cscc.bwh","input":{"diameterCm":round(random.uniform(0.2,4),1),"differentiation":random.choice(["well","moderate","poor"])}}
    if k == 9: return {"rule":"cscc.n","input":{"classification":"pathological","nodes":[{"side":"ipsilateral","sizeCm":round(random.uniform(0.5,7),1),"ene":random.random()<.3}]}}
    if k == 10: return {"rule":"cscc.stage","input":{"t":random.choice(["T1","T2","T3","T4a"]),"n":random.choice(["N0","N1","N2b"]),"m":"M0"}}
    if k == 11: return {"rule":"bcc.risk","input":{"site":random.choice(sites),"diameterCm":round(random.uniform(0.2,3),1),"subtype":random.choice(["nodular","superficial","infiltrative"])}}
    if k == 12: return {"rule":"mohs.auc","input":{"tumor":random.choice(["bcc-nodular","bcc-superficial","scc-nonaggressive"]),"site":random.choice(sites),"diameterCm":round(random.uniform(0.2,3),1),"patient":"healthy"}}
    if k == 13:
        t, f = random.choice(terms); d = dict(f); d["term"] = t; return {"rule":"ctcae.grade","input":d}
    if k == 14: return {"rule":"followup.schedule","input":{"diagnosis":"melanoma","stage":random.choice(["IA","IIB","IIIC"]),"guideline":random.choice(["NCCN","CCA","SIGN"])}}
    return {"rule":"melanoma.t","input":{"breslowMm":random.choice([-1, 150, "thick"])}}  # invalid: ~6 % of lines
for i in range(n):
    r = req(i); r = {"id": f"case-{i}", **r}
    out.write(json.dumps(r, separators=(",",":")) + "\n")
