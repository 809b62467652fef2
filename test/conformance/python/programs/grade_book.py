# A grade book: averages, letter grades and ranking.
grades = {"ann": [91, 88, 95], "bob": [72, 65, 80], "cy": [85, 85, 85], "di": [59, 61, 70]}
def letter(avg):
    for cutoff, grade in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if avg >= cutoff:
            return grade
    return "F"
averages = {name: sum(s) / len(s) for name, s in grades.items()}
for rank, (name, avg) in enumerate(sorted(averages.items(), key=lambda kv: kv[1], reverse=True), 1):
    print(f"{rank}. {name:<4} {avg:6.2f} {letter(avg)}")
print(max(grades, key=lambda n: max(grades[n])), round(sum(averages.values()) / len(averages), 4))
