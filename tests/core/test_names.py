from apps.core.names import fold, name_key


def test_legal_suffixes_and_case_do_not_tell_companies_apart():
    assert name_key("Ascentage Pharma") == name_key("Ascentage Pharma Group International")
    assert name_key("Simcere Pharmaceutical Group Co., Ltd.") == name_key("SIMCERE PHARMACEUTICAL")


def test_different_companies_keep_different_keys():
    assert name_key("AstraZeneca") != name_key("AstraZeneca Investment (China) Co., Ltd.")


def test_chinese_legal_suffixes_are_folded_too():
    assert name_key("石药集团有限公司") == name_key("石药")


def test_fold_drops_marks_and_punctuation():
    assert fold("GLEEVEC®") == "gleevec"
    assert fold("HQP-1351") == "hqp 1351"
